package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanySizeTest {

    @ParameterizedTest(name = "{0} employees: {1}")
    @CsvSource({
        "0, ZELFSTANDIGE",
        "1, MICRO",
        "9, MICRO",
        "10, KLEIN",
        "49, KLEIN",
        "50, MIDDELGROOT",
        "249, MIDDELGROOT",
        "250, GROOT",
        "2147483647, GROOT"
    })
    void theBandFollowsTheNumberOfEmployeesWithBothEndsIncluded(int employees, CompanySize expected) {
        assertThat(CompanySize.ofEmployees(employees)).isEqualTo(expected);
    }

    @Test
    void theBandsFollowEachOtherWithoutGaps() {
        assertThat(IntStream.rangeClosed(0, 1000)
                        .mapToObj(CompanySize::ofEmployees)
                        .distinct())
                .containsExactly(CompanySize.values());
    }

    @Test
    void aNegativeNumberOfEmployeesIsRefused() {
        assertThatThrownBy(() -> CompanySize.ofEmployees(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
