package be.wegwijzer.browser;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * Makes a screenshot PNG about three times smaller by storing it with a palette of 256 colours: the colours a page
 * uses most (in buckets of 5 bits per channel), every pixel mapped to the nearest of them. Flat page colours and
 * text stay sharp; only soft gradients band a little. For the committed pictures in docs/screenshots.
 */
final class PaletteImage {

    private static final int COLOURS = 256;

    private PaletteImage() {}

    static byte[] shrink(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int width = image.getWidth();
            int height = image.getHeight();
            int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);

            // how often each bucket occurs, and the sum of its real colours to average them
            long[] count = new long[1 << 15];
            long[][] sum = new long[1 << 15][3];
            for (int pixel : rgb) {
                int bucket = bucket(pixel);
                count[bucket]++;
                sum[bucket][0] += (pixel >> 16) & 0xff;
                sum[bucket][1] += (pixel >> 8) & 0xff;
                sum[bucket][2] += pixel & 0xff;
            }
            int[] chosen = IntStream.range(0, count.length)
                    .filter(b -> count[b] > 0)
                    .boxed()
                    .sorted(Comparator.comparingLong((Integer b) -> count[b]).reversed())
                    .limit(COLOURS)
                    .mapToInt(Integer::intValue)
                    .toArray();
            byte[] r = new byte[chosen.length];
            byte[] g = new byte[chosen.length];
            byte[] b = new byte[chosen.length];
            for (int i = 0; i < chosen.length; i++) {
                r[i] = (byte) (sum[chosen[i]][0] / count[chosen[i]]);
                g[i] = (byte) (sum[chosen[i]][1] / count[chosen[i]]);
                b[i] = (byte) (sum[chosen[i]][2] / count[chosen[i]]);
            }

            // nearest palette colour per bucket, worked out once per bucket in use
            int[] nearest = new int[1 << 15];
            Arrays.fill(nearest, -1);
            BufferedImage indexed = new BufferedImage(
                    width, height, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, chosen.length, r, g, b));
            byte[] target = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < rgb.length; i++) {
                int bucket = bucket(rgb[i]);
                if (nearest[bucket] < 0) {
                    nearest[bucket] = closest(rgb[i], r, g, b);
                }
                target[i] = (byte) nearest[bucket];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(indexed, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int bucket(int pixel) {
        return ((pixel >> 19) & 0x1f) << 10 | ((pixel >> 11) & 0x1f) << 5 | ((pixel >> 3) & 0x1f);
    }

    private static int closest(int pixel, byte[] r, byte[] g, byte[] b) {
        int pr = (pixel >> 16) & 0xff;
        int pg = (pixel >> 8) & 0xff;
        int pb = pixel & 0xff;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < r.length; i++) {
            int dr = pr - (r[i] & 0xff);
            int dg = pg - (g[i] & 0xff);
            int db = pb - (b[i] & 0xff);
            int distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
