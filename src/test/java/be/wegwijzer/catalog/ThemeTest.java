package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aThemeComesWithItsAncestorsNearestFirst() {
        Theme psychosocial = theme("psychosociaal", null);
        Theme workload = theme("werkdruk", psychosocial);
        Theme deadlines = theme("deadlines", workload);

        assertThat(deadlines.withAncestors()).containsExactly(deadlines, workload, psychosocial);
        assertThat(psychosocial.withAncestors()).containsExactly(psychosocial);
    }

    @Test
    void aCircleOfParentsEndsTheChainInsteadOfLoopingForever() {
        Theme a = new Theme("a");
        Theme b = theme("b", a);
        a.update("A", "", b, 0);

        assertThat(a.withAncestors()).containsExactly(a, b);
    }

    @Test
    void themesAreTheSameWhenTheirCodeIsTheSame() {
        assertThat(theme("werkdruk", null))
                .isEqualTo(new Theme("werkdruk"))
                .hasSameHashCodeAs(new Theme("werkdruk"))
                .isNotEqualTo(new Theme("werkstress"));
    }

    private static Theme theme(String code, Theme parent) {
        Theme theme = new Theme(code);
        theme.update(code, "", parent, 0);
        return theme;
    }
}
