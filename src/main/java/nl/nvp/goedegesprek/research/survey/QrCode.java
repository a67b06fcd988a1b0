package nl.nvp.goedegesprek.research.survey;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (ZXing) as the data of one SVG path, so that it prints sharp at any size and
 * needs no image file or script.
 *
 * @param size the width and height in modules, quiet zone included
 * @param path the SVG path data: one unit square per dark module
 */
record QrCode(int size, String path) {

	static QrCode of(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return new QrCode(matrix.getWidth(), path.toString());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text does not fit in a QR code", ex);
		}
	}

}
