package org.w3id.dkg.loader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    @Test
    void codePointOffsetsCountASurrogatePairOnce() {
        // U+1D400 (mathematical bold A) and U+1F30D (globe) are two UTF-16 units each
        String text = "Genève \uD835\uDC00 et \uD83C\uDF0D, puis Vienne";
        NormalisedText t = new NormalisedText("d", text, new int[text.length() + 1], List.of());
        for (int i = 0; i <= text.length(); i++) {
            assertThat(t.codePointOffset(i)).as("index %d", i).isEqualTo(text.codePointCount(0, i));
        }
        assertThat(t.codePointOffset(text.indexOf("Vienne"))).isEqualTo(text.indexOf("Vienne") - 2);
    }
}
