package be.wegwijzer.contentimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits the importer puts on content files ({@code wegwijzer.content.*}; README "Configure").
 *
 * @param maxFileSize largest taxonomy or item file that is read; a larger one refuses the batch. It guards the
 *                    import against a pasted document or an image saved as {@code .md}, not against real items,
 *                    which stay far below it.
 */
@ConfigurationProperties("wegwijzer.content")
public record ContentLimits(@DefaultValue("256KB") DataSize maxFileSize) {}
