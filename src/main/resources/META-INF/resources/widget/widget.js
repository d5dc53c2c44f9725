/*
 * Wegwijzer Werkbaar Werk — widget for other sites. Plain JavaScript, no build step, no dependencies.
 *
 *   <script src="https://PORTAAL/widget/widget.js" data-doelgroep="werkgevers" data-thema="werkdruk" async></script>
 *
 * Shows a search box with results (or, with data-zoekvak="nee", a fixed list) right after the script element.
 * Options (data-* attributes, or the object given to WegwijzerWidget.mount(element, options)):
 *   q, type, thema, doelgroep, sector, grootte, regio, niveau, kosten, soort  the search and its filters, as on /zoeken
 *                                                                           (several values: separate with commas)
 *   open="ja"          only support measures one can apply for now
 *   sortering          relevantie, nieuwste or deadline
 *   zoekvak="nee"      no search box: a fixed list
 *   aantal             results shown (1-20, default 5)
 *   titel              the heading above the widget
 *   kop                heading level, 2-6 (default 2)
 *   css="nee"          do not load the widget's stylesheet (the host styles it itself)
 * Every text is set with textContent: nothing from the API is ever read as HTML.
 */
(function () {
    'use strict';

    var FILTERS = ['type', 'thema', 'doelgroep', 'sector', 'grootte', 'regio', 'niveau', 'kosten', 'soort'];
    var TYPES = {
        tool: 'Tool',
        fiche: 'Inspiratiefiche',
        praktijk: 'Goede praktijk',
        maatregel: 'Steunmaatregel',
        organisatie: 'Organisatie',
        activiteit: 'Activiteit'
    };
    var STATUS = { open: 'Nu aan te vragen', upcoming: 'Binnenkort', ended: 'Afgelopen' };
    var MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
        'november', 'december'];
    var counter = 0;
    var script = document.currentScript;

    function portalOf(src) {
        var url = new URL(src, document.baseURI);
        return url.origin + url.pathname.replace(/\/widget\/widget\.js$/, '');
    }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function dutchDate(iso) {
        var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
        return parts ? Number(parts[3]) + ' ' + MONTHS[Number(parts[2]) - 1] + ' ' + parts[1] : iso;
    }

    function values(option) {
        return String(option || '').split(',').map(function (v) { return v.trim(); }).filter(Boolean);
    }

    function loadStylesheet(portal) {
        var href = portal + '/widget/widget.css';
        var links = document.querySelectorAll('link[data-wegwijzer-widget]');
        for (var i = 0; i < links.length; i++) {
            if (links[i].getAttribute('href') === href) {
                return;
            }
        }
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.setAttribute('data-wegwijzer-widget', '');
        document.head.appendChild(link);
    }

    function parameters(options, query) {
        var params = new URLSearchParams();
        if (query) {
            params.append('q', query);
        }
        FILTERS.forEach(function (name) {
            values(options[name]).forEach(function (v) { params.append(name, v); });
        });
        if (options.open === 'ja') {
            params.append('open', 'ja');
        }
        if (options.sortering) {
            params.append('sortering', options.sortering);
        }
        return params;
    }

    function mount(container, given) {
        var options = given || {};
        var portal = (options.portaal || options.base || '').replace(/\/$/, '');
        if (!portal) {
            throw new Error('Wegwijzer widget: no portal address (option portaal)');
        }
        if (options.css !== 'nee') {
            loadStylesheet(portal);
        }
        var id = 'wegwijzer-widget-' + (++counter);
        var size = Math.min(20, Math.max(1, parseInt(options.aantal, 10) || 5));
        var level = Math.min(6, Math.max(2, parseInt(options.kop, 10) || 2));
        var withSearchBox = options.zoekvak !== 'nee';
        var request = 0;

        container.textContent = '';
        var root = el('section', 'ww-widget');
        root.setAttribute('aria-labelledby', id + '-title');
        var title = el('h' + level, 'ww-title', options.titel || 'Werkbaar werk: tools, praktijken en steun');
        title.id = id + '-title';
        root.appendChild(title);

        var input = null;
        if (withSearchBox) {
            var form = el('form', 'ww-form');
            form.setAttribute('role', 'search');
            form.setAttribute('aria-label', 'Zoeken in Wegwijzer Werkbaar Werk');
            var label = el('label', 'ww-label', 'Zoekwoorden');
            label.setAttribute('for', id + '-q');
            input = el('input', 'ww-input');
            input.type = 'search';
            input.id = id + '-q';
            input.name = 'q';
            input.autocomplete = 'off';
            input.value = options.q || '';
            var button = el('button', 'ww-button', 'Zoeken');
            button.type = 'submit';
            var row = el('div', 'ww-row');
            row.appendChild(input);
            row.appendChild(button);
            form.appendChild(label);
            form.appendChild(row);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                search(input.value.trim());
            });
            root.appendChild(form);
        }
        var status = el('p', 'ww-status');
        status.setAttribute('role', 'status');
        status.setAttribute('aria-live', 'polite');
        var list = el('ul', 'ww-results');
        list.setAttribute('aria-labelledby', id + '-title');
        var more = el('p', 'ww-more');
        var moreLink = el('a', 'ww-more-link', 'Alle resultaten op Wegwijzer Werkbaar Werk');
        more.appendChild(moreLink);
        var credit = el('p', 'ww-credit', 'Inhoud van ');
        var home = el('a', null, 'Wegwijzer Werkbaar Werk');
        home.href = portal + '/';
        credit.appendChild(home);
        root.appendChild(status);
        root.appendChild(list);
        root.appendChild(more);
        root.appendChild(credit);
        container.appendChild(root);

        function result(item) {
            var li = el('li', 'ww-result');
            var heading = el('p', 'ww-result-title');
            var link = el('a', 'ww-link', item.title);
            link.href = item.url;
            heading.appendChild(link);
            li.appendChild(heading);
            var meta = el('p', 'ww-meta');
            meta.appendChild(el('span', 'ww-type', TYPES[item.type] || item.type));
            if (item.status && STATUS[item.status]) {
                meta.appendChild(document.createTextNode(' · '));
                meta.appendChild(el('span', 'ww-state ww-state-' + item.status, STATUS[item.status]));
            }
            li.appendChild(meta);
            li.appendChild(el('p', 'ww-summary', item.summary));
            var facts = [];
            if (item.owner && item.owner.title) {
                facts.push('Van ' + item.owner.title);
            }
            if (item.provenance && item.provenance.source) {
                var source = 'Bron: ' + item.provenance.source.split(';')[0].trim();
                if (item.provenance.sourceDate) {
                    source += ' (' + item.provenance.sourceDate.substring(0, 4) + ')';
                }
                facts.push(source);
            }
            if (item.provenance && item.provenance.verifiedOn) {
                facts.push('nagekeken op ' + dutchDate(item.provenance.verifiedOn));
            } else if (item.provenance) {
                facts.push('nog niet nagekeken');
            }
            if (facts.length) {
                li.appendChild(el('p', 'ww-source', facts.join(' · ')));
            }
            return li;
        }

        function search(query) {
            var mine = ++request;
            var params = parameters(options, query);
            params.append('aantal', String(size));
            status.textContent = 'Bezig met zoeken…';
            root.setAttribute('aria-busy', 'true');
            fetch(portal + '/api/v1/zoeken?' + params.toString(), { headers: { Accept: 'application/json' } })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.json();
                })
                .then(function (answer) {
                    if (mine !== request) {
                        return;
                    }
                    list.textContent = '';
                    answer.results.forEach(function (item) { list.appendChild(result(item)); });
                    if (answer.total === 0) {
                        status.textContent = query
                            ? 'Niets gevonden voor ‘' + query + '’. Probeer andere woorden.'
                            : 'Er is op dit moment niets in deze lijst.';
                    } else {
                        status.textContent = answer.total === 1
                            ? '1 resultaat' + (query ? ' voor ‘' + query + '’' : '')
                            : answer.total + ' resultaten' + (query ? ' voor ‘' + query + '’' : '')
                                + (answer.total > answer.results.length
                                    ? ', de eerste ' + answer.results.length + ' hieronder' : '');
                    }
                    moreLink.href = answer.links.portal;
                    root.removeAttribute('aria-busy');
                })
                .catch(function () {
                    if (mine !== request) {
                        return;
                    }
                    root.removeAttribute('aria-busy');
                    status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of zoek op het portaal.';
                    moreLink.href = portal + '/zoeken?' + parameters(options, query).toString();
                });
        }

        search(options.q || '');
        return { search: search };
    }

    window.WegwijzerWidget = { mount: mount, version: 1 };

    if (script && script.src && !script.hasAttribute('data-handmatig')) {
        var options = {};
        for (var i = 0; i < script.attributes.length; i++) {
            var attribute = script.attributes[i];
            if (attribute.name.indexOf('data-') === 0) {
                options[attribute.name.substring(5)] = attribute.value;
            }
        }
        options.portaal = options.portaal || portalOf(script.src);
        var container = document.createElement('div');
        container.className = 'wegwijzer-widget';
        script.parentNode.insertBefore(container, script.nextSibling);
        mount(container, options);
    }
})();
