/**
 * QR codes drawn at build time as inline SVG (no script, no image request), by the `qrcode` library.
 * Medium error correction survives a creased or smudged printout; the quiet zone of four modules is
 * what phone cameras expect.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  // The picture says nothing a screen reader needs: the address is written next to it.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ');
}
