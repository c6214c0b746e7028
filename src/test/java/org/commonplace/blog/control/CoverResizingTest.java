package org.commonplace.blog.control;

import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.UnsupportedType;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Covers are decoded only when their header allows it, and kept at widths that are never enlarged. */
class CoverResizingTest {

    @Test
    void the_widths_kept_are_480_960_and_1600_or_the_original_when_smaller() {
        assertThat(CoverResizing.widths(3000)).containsExactly(480, 960, 1600);
        assertThat(CoverResizing.widths(1600)).containsExactly(480, 960, 1600);
        assertThat(CoverResizing.widths(700)).containsExactly(480, 700);
        assertThat(CoverResizing.widths(300)).containsExactly(300);
    }

    @Test
    void a_photo_is_scaled_keeping_its_proportions_and_reencoded() throws Exception {
        CoverResizing.Resized r = CoverResizing.resize(encode(new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB), "jpg"), 40_000_000);
        assertThat(r.type()).isEqualTo("jpg");
        assertThat(r.variants()).extracting(CoverResizing.Variant::width).containsExactly(480, 960, 1600);
        assertThat(r.variants()).extracting(CoverResizing.Variant::height).containsExactly(360, 720, 1200);
        BufferedImage largest = ImageIO.read(new ByteArrayInputStream(r.variants().get(2).bytes()));
        assertThat(largest.getWidth()).isEqualTo(1600);
    }

    @Test
    void a_transparent_png_stays_a_png_with_its_transparency() throws Exception {
        CoverResizing.Resized r = CoverResizing.resize(encode(new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB), "png"), 40_000_000);
        assertThat(r.type()).isEqualTo("png");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(r.variants().get(0).bytes()));
        assertThat(small.getColorModel().hasAlpha()).isTrue();
        assertThat(small.getWidth()).isEqualTo(480);
    }

    @Test
    void a_header_claiming_too_many_pixels_is_refused_before_decoding() {
        assertThatThrownBy(() -> CoverResizing.resize(pngHeader(30_000, 30_000), 40_000_000))
                .isInstanceOf(Invalid.class).hasMessageContaining("30000 × 30000");
    }

    @Test
    void what_is_not_a_jpeg_or_png_is_refused() throws Exception {
        assertThatThrownBy(() -> CoverResizing.resize("<html>".getBytes(), 40_000_000)).isInstanceOf(UnsupportedType.class);
        assertThatThrownBy(() -> CoverResizing.resize(encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif"), 40_000_000))
                .isInstanceOf(UnsupportedType.class);
        byte[] broken = encode(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "png");
        byte[] cut = java.util.Arrays.copyOf(broken, 60);
        assertThatThrownBy(() -> CoverResizing.resize(cut, 40_000_000)).isInstanceOf(Invalid.class).hasMessageContaining("could not be read");
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] data = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes("IHDR".getBytes());
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update("IHDR".getBytes());
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
