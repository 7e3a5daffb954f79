package org.firstsession.photo;

import static org.firstsession.shared.i18n.Details.profile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;

/**
 * Turns an uploaded file into the photo we serve: only JPEG and PNG are read, the size in pixels is
 * checked from the header before anything is decoded (no decompression bombs), and the pixels are drawn
 * into a fresh image and written as a new JPEG. Nothing of the upload survives but its pixels: no
 * metadata (camera, GPS position), no embedded profiles or comments, no polyglot tricks.
 */
final class PhotoImages {

    static final String CONTENT_TYPE = "image/jpeg";
    /** The longest side we serve; larger uploads are scaled down. */
    static final int MAX_SIDE = 512;
    static final int MIN_SIDE = 64;
    /** The largest upload we decode, in pixels per side (checked before decoding). */
    static final int MAX_INPUT_SIDE = 6000;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    record Encoded(byte[] bytes, int width, int height) {
    }

    private PhotoImages() {
    }

    static Encoded reencode(byte[] upload) {
        BufferedImage source = decode(upload);
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent PNG areas become white, not black
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return new Encoded(writeJpeg(target), width, height);
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw notAnImage();
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE) {
                    throw unfit(profile(m -> m.photo_too_large(MAX_INPUT_SIDE)));
                }
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw unfit(profile(m -> m.photo_too_small(MIN_SIDE)));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            // Truncated or corrupt files, odd colour models the decoder cannot handle: a client error.
            throw notAnImage();
        }
    }

    private static byte[] writeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("writing a JPEG to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ProblemException notAnImage() {
        return unfit(profile(m -> m.photo_not_readable()));
    }

    private static ProblemException unfit(Text detail) {
        return PhotoProblem.PHOTO_UNUSABLE.exception(detail);
    }
}
