package org.equalify.eqpdf.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Image encoding: PNG at a fast deflate level (default ImageIO PNG compression is the slowest part of image output), JPEG for photographs. */
final class Png {
    private Png() { }

    static byte[] jpeg(BufferedImage image) throws IOException {
        return write(image, "jpeg", 0.85f);
    }

    static byte[] encode(BufferedImage image) throws IOException {
        return write(image, "png", 0.6f); // PNG: deflate level ~3, several times faster, files ~10% larger
    }

    private static byte[] write(BufferedImage image, String format, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
