package org.commonplace.blog.control;

import org.commonplace.platform.problem.Invalid;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Decoding and resizing with the JDK's ImageIO and Java 2D, no library (ADR 0016). The format is
 * what ImageIO's readers recognise in the bytes; only JPEG and PNG are accepted.
 */
final class CoverResizing {
    /** The widths a cover is kept at (smaller originals are kept at their own width, never enlarged). */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    static final float JPEG_QUALITY = 0.85f;

    record Variant(int width, int height, byte[] bytes) { }

    /** type: "jpg" or "png", the files' extension. */
    record Resized(String type, int originalWidth, int originalHeight, List<Variant> variants) { }

    private CoverResizing() { }

    static Resized resize(byte[] bytes, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw CoverImages.notAnImage();
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String type = format.equals("jpeg") || format.equals("jpg") ? "jpg" : format.equals("png") ? "png" : null;
                if (type == null) throw CoverImages.notAnImage();
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // from the header, before decoding: a small file can claim a huge picture
                if ((long) width * height > maxPixels) {
                    throw Invalid.field("cover", "This picture is " + width + " × " + height + " pixels; a cover has at most "
                            + String.format(Locale.ROOT, "%,d", maxPixels) + " pixels.");
                }
                BufferedImage image = reader.read(0);
                List<Variant> variants = new ArrayList<>();
                for (int w : widths(width)) variants.add(encode(scale(image, w, type), type));
                return new Resized(type, width, height, variants);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.commonplace.platform.problem.ProblemException p) throw p;
            throw Invalid.field("cover", "This image could not be read; save it again as a JPEG or PNG and upload that.");
        }
    }

    /** The kept widths: each of WIDTHS below the original, and the original when it is below the largest. */
    static List<Integer> widths(int original) {
        TreeSet<Integer> widths = new TreeSet<>();
        for (int w : WIDTHS) widths.add(Math.min(w, original));
        return List.copyOf(widths);
    }

    /** Halves the picture while it is more than twice too wide (good quality at bilinear cost), then the last step. */
    static BufferedImage scale(BufferedImage source, int width, String type) {
        boolean alpha = type.equals("png") && source.getColorModel().hasAlpha();
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 >= width ? w / 2 : width;
            h = (int) Math.max(1, Math.round((double) source.getHeight() * w / source.getWidth()));
            BufferedImage next = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!alpha) {
                    g.setColor(Color.WHITE); // a transparent PNG kept as JPEG-like RGB gets a white background
                    g.fillRect(0, 0, w, h);
                }
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w > width);
        return current;
    }

    private static Variant encode(BufferedImage image, String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (type.equals("png")) {
            ImageIO.write(image, "png", out);
        } else {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        }
        return new Variant(image.getWidth(), image.getHeight(), out.toByteArray());
    }
}
