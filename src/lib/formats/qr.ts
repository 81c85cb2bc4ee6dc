import QRCode from 'qrcode';

/**
 * A QR code of a page's address as inline SVG, made at build time (no script, no image
 * request). Error correction M: survives a crease or a smudge on a printed poster.
 * The SVG is marked as an image with the address as its name, so that a screen reader
 * says what the code is for.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" class="qr-code" `).trim();
}
