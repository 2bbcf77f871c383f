/**
 * Images in the export: their pixel size and resolution read from the file's own header (PNG, JPEG,
 * GIF; SVG from its width/height or viewBox), the size on the page (scaled down to the text width
 * and height, never up), and the inline drawing Word expects, with the alt text as `descr` of the
 * drawing's properties (what screen readers and Word's accessibility checker read) and as its title.
 * No file access here: the bytes come from the caller (node.ts reads them next to the draft).
 */
import { escapeAttr } from './xml.js';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/svg+xml';

/** An image the caller has read, keyed in `ExportOptions.images` by the address as the draft writes it. */
export interface EmbeddedImage {
  data: Uint8Array;
  type: ImageType;
}

export interface ImageSize {
  /** Pixels (SVG: CSS pixels). */
  width: number;
  height: number;
  /** Dots per inch the file states (96 when it states none). */
  dpi: number;
}

export class ImageError extends Error {
  override name = 'ImageError';
}

const EXTENSION: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/svg+xml': 'svg' };

export function imageExtension(type: ImageType): string {
  return EXTENSION[type];
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
}
function u16(b: Uint8Array, i: number): number {
  return (b[i]! << 8) | b[i + 1]!;
}

function pngSize(b: Uint8Array): ImageSize | undefined {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (b.length < 24 || !signature.every((v, i) => b[i] === v)) return undefined;
  const size: ImageSize = { width: u32(b, 16), height: u32(b, 20), dpi: 96 };
  // pHYs: pixels per unit (unit 1 = metre) before the image data.
  for (let i = 8; i + 8 <= b.length; ) {
    const length = u32(b, i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (type === 'pHYs' && length >= 9 && b[i + 16] === 1) {
      const dpi = Math.round(u32(b, i + 8) * 0.0254);
      if (dpi >= 30 && dpi <= 2400) size.dpi = dpi;
    }
    if (type === 'IDAT' || type === 'IEND') break;
    i += 12 + length;
  }
  return size;
}

function jpegSize(b: Uint8Array): ImageSize | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let dpi = 96;
  for (let i = 2; i + 4 <= b.length; ) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = u16(b, i + 2);
    // APP0 JFIF: density unit 1 = dots per inch, 2 = dots per cm.
    if (marker === 0xe0 && String.fromCharCode(...b.subarray(i + 4, i + 9)) === 'JFIF\0') {
      const unit = b[i + 11];
      const x = u16(b, i + 12);
      const d = unit === 1 ? x : unit === 2 ? Math.round(x * 2.54) : 0;
      if (d >= 30 && d <= 2400) dpi = d;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16(b, i + 5), width: u16(b, i + 7), dpi };
    i += 2 + length;
  }
  return undefined;
}

function gifSize(b: Uint8Array): ImageSize | undefined {
  if (b.length < 10 || String.fromCharCode(...b.subarray(0, 3)) !== 'GIF') return undefined;
  return { width: b[6]! | (b[7]! << 8), height: b[8]! | (b[9]! << 8), dpi: 96 };
}

const CSS_PX: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };

function svgLength(value: string | undefined): number | undefined {
  const m = value ? /^\s*([\d.]+)\s*(px|pt|pc|mm|cm|in)?\s*$/.exec(value) : null;
  return m ? Number(m[1]) * CSS_PX[m[2] ?? '']! : undefined;
}

function svgSize(b: Uint8Array): ImageSize | undefined {
  const text = new TextDecoder().decode(b.subarray(0, Math.min(b.length, 8192)));
  const root = /<svg\b([^>]*)>/i.exec(text);
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root[1]!)?.[1];
  const viewBox = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  let width = svgLength(attr('width'));
  let height = svgLength(attr('height'));
  if (viewBox && viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0) {
    const ratio = viewBox[3]! / viewBox[2]!;
    if (width === undefined && height === undefined) [width, height] = [viewBox[2]!, viewBox[3]!];
    else if (width === undefined) width = height! / ratio;
    else if (height === undefined) height = width * ratio;
  }
  return { width: width ?? 300, height: height ?? 150, dpi: 96 };
}

/**
 * Largest picture embedded, in pixels (issue 17): a few kilobytes of PNG can claim 100,000 × 100,000
 * pixels, which Word and LibreOffice then try to decode (a decompression bomb). 50 megapixels is more
 * than any camera in a phone.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Widest or tallest picture, in pixels. */
export const MAX_IMAGE_SIDE = 20_000;

/**
 * What an SVG may not hold (issue 17): a DOCTYPE or entities (entity expansion, external entities),
 * scripts, event attributes, foreign HTML, style sheets that load, and references to anything but the
 * file itself or an embedded picture. Such a file is refused, not cleaned: a cleaner that misses one form
 * would let it through.
 */
const SVG_FORBIDDEN: readonly [RegExp, string][] = [
  [/<!DOCTYPE|<!ENTITY/i, 'en DOCTYPE eller entiteter'],
  [/<script\b/i, 'ett skript'],
  [/\son[a-z]+\s*=/i, 'händelseattribut (on…)'],
  [/<foreignObject\b|<iframe\b|<embed\b|<object\b/i, 'inbäddad HTML'],
  [/<\?xml-stylesheet|@import/i, 'en extern stilmall'],
  [/\bhref\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif);)/i, 'en extern referens (href)'],
  [/url\(\s*["']?\s*(?!#|data:image\/(?:png|jpeg|gif);)/i, 'en extern referens (url())'],
  [/javascript:/i, 'en javascript:-adress'],
];

/** ImageError when an SVG holds anything of SVG_FORBIDDEN. */
export function assertSafeSvg(data: Uint8Array, label = 'bilden'): void {
  const text = new TextDecoder().decode(data);
  for (const [pattern, what] of SVG_FORBIDDEN) {
    if (pattern.test(text)) {
      throw new ImageError(`${label} är en SVG med ${what} och läggs inte in. Spara bilden som PNG, eller ta bort det ur SVG-filen.`);
    }
  }
}

/** The image's size as its header states it; ImageError when the bytes are not of the type named. */
export function imageSize(image: EmbeddedImage, label = 'bilden'): ImageSize {
  const b = image.data;
  const size = image.type === 'image/png' ? pngSize(b) : image.type === 'image/jpeg' ? jpegSize(b) : image.type === 'image/gif' ? gifSize(b) : svgSize(b);
  const names: Record<ImageType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF', 'image/svg+xml': 'SVG' };
  if (!size || !(size.width > 0) || !(size.height > 0)) {
    throw new ImageError(`${label} är ingen giltig ${names[image.type]}-bild (filen är skadad eller har fel filändelse).`);
  }
  if (image.type !== 'image/svg+xml' && (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)) {
    throw new ImageError(
      `${label} säger sig vara ${size.width} × ${size.height} bildpunkter; ärende lägger in bilder upp till ${MAX_IMAGE_PIXELS / 1_000_000} megapixel och ${MAX_IMAGE_SIDE} bildpunkter åt varje håll. Minska bilden.`,
    );
  }
  return size;
}

/** EMU (English metric units) per twip; 914 400 EMU an inch. */
const EMU_PER_TWIP = 635;

/** The size on the page in EMU: the image's own size at its resolution, scaled down to fit `maxTwips`. */
export function pageExtent(size: ImageSize, maxTwips: { width: number; height: number }): { cx: number; cy: number } {
  let cx = (size.width / size.dpi) * 914400;
  let cy = (size.height / size.dpi) * 914400;
  const maxW = maxTwips.width * EMU_PER_TWIP;
  const maxH = maxTwips.height * EMU_PER_TWIP;
  const scale = Math.min(1, maxW / cx, maxH / cy);
  cx *= scale;
  cy *= scale;
  return { cx: Math.round(cx), cy: Math.round(cy) };
}

const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const NS_WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const NS_ASVG = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';
/** Word's extension id for an SVG next to its raster fallback. */
const SVG_EXT = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';

export interface DrawingProps {
  /** Unique in the document (wp:docPr and pic:cNvPr). */
  id: number;
  name: string;
  alt: string;
  extent: { cx: number; cy: number };
  /** Relationship of the raster image (for SVG: the fallback, or the SVG itself when there is none). */
  relationshipId: string;
  /** For SVG: the relationship of the SVG part, which Word 2016 and later draw. */
  svgRelationshipId?: string | undefined;
}

/** An inline picture as a run (wp:inline in w:drawing), the alt text as descr and title. */
export function drawingRun(p: DrawingProps): string {
  const alt = escapeAttr(p.alt);
  const name = escapeAttr(p.name);
  const { cx, cy } = p.extent;
  const svg = p.svgRelationshipId
    ? `<a:extLst><a:ext uri="${SVG_EXT}"><asvg:svgBlip xmlns:asvg="${NS_ASVG}" r:embed="${p.svgRelationshipId}"/></a:ext></a:extLst>`
    : '';
  return (
    '<w:r><w:drawing>' +
    `<wp:inline xmlns:wp="${NS_WP}" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${p.id}" name="${name}" descr="${alt}" title="${alt}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_PIC}">` +
    `<pic:pic xmlns:pic="${NS_PIC}"><pic:nvPicPr><pic:cNvPr id="${p.id}" name="${name}" descr="${alt}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${p.relationshipId}">${svg}</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}
