import { expect } from '@open-wc/testing';
import { sniffBytes, sniffFile } from '../../../src/core/files/sniff.js';
import { ALL_KINDS, FILE_KIND_MIME, IMAGE_KINDS } from '../../../src/core/files/file-kinds.js';
import { HTML, SVG, ascii, documentPhoto, exeBytes, file, heicBytes, pdfBytes } from './fixtures.js';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

describe('file kinds', () => {
  it('lists four image kinds and the PDF, each with its media type', () => {
    expect(IMAGE_KINDS).to.deep.equal(['jpeg', 'png', 'webp', 'heic']);
    expect(ALL_KINDS).to.have.members(['jpeg', 'png', 'webp', 'heic', 'pdf']);
    expect(FILE_KIND_MIME).to.deep.equal({
      jpeg: 'image/jpeg',
      png: 'image/png',
      webp: 'image/webp',
      heic: 'image/heic',
      pdf: 'application/pdf',
    });
  });
});

describe('sniffFile on files made by the browser', () => {
  for (const [type, kind] of [
    ['image/jpeg', 'jpeg'],
    ['image/png', 'png'],
    ['image/webp', 'webp'],
  ] as const) {
    it(`recognises a ${kind.toUpperCase()} the canvas encoded, whatever it is called`, async () => {
      const photo = await documentPhoto(64, 48, { type });
      expect(await sniffFile(file(photo, 'anh.pdf', 'application/pdf'))).to.deep.equal({ kind, mime: type });
    });
  }

  it('recognises a PDF', async () => {
    expect(await sniffFile(file(pdfBytes(), 'giay-to.jpg', 'image/jpeg'))).to.deep.equal({
      kind: 'pdf',
      mime: 'application/pdf',
    });
  });

  it('recognises HEIC by its ftyp brand', async () => {
    expect(await sniffFile(file(heicBytes(), 'IMG_0412.HEIC'))).to.deep.equal({ kind: 'heic', mime: 'image/heic' });
  });

  it('refuses a Windows program renamed .jpg, though the phone calls it image/jpeg', async () => {
    expect(await sniffFile(file(exeBytes(), 'anh-giay-khai-sinh.jpg', 'image/jpeg'))).to.deep.equal({
      rejected: 'executable',
    });
  });

  it('refuses an SVG and an HTML page named .png', async () => {
    expect(await sniffFile(file(SVG, 'scan.png', 'image/png'))).to.deep.equal({ rejected: 'svg' });
    expect(await sniffFile(file(HTML, 'scan.png', 'image/png'))).to.deep.equal({ rejected: 'html' });
  });

  it('calls a zero-byte file empty without reading it', async () => {
    expect(await sniffFile(file([], 'trong.jpg', 'image/jpeg'))).to.deep.equal({ rejected: 'empty' });
  });
});

describe('sniffBytes', () => {
  it('knows the binary signatures', () => {
    expect(sniffBytes(bytes([0xff, 0xd8, 0xff, 0xe1]))).to.deep.include({ kind: 'jpeg' });
    expect(sniffBytes(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).to.deep.include({ kind: 'png' });
    expect(sniffBytes(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).to.deep.include({ kind: 'webp' });
    expect(sniffBytes(bytes('%PDF-1.7\n'))).to.deep.include({ kind: 'pdf' });
  });

  it('does not take a near miss', () => {
    expect(sniffBytes(bytes([0xff, 0xd8]))).to.deep.equal({ rejected: 'unknown' });
    expect(sniffBytes(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a]))).to.deep.equal({ rejected: 'unknown' });
    expect(sniffBytes(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).to.deep.equal({ rejected: 'unknown' });
    expect(sniffBytes(bytes('%PDF'))).to.deep.equal({ rejected: 'unknown' });
    expect(sniffBytes(bytes('PK', [3, 4], 'word/document.xml'))).to.deep.equal({ rejected: 'unknown' });
    expect(sniffBytes(bytes('Ho va ten: Nguyen Van A'))).to.deep.equal({ rejected: 'unknown' });
  });

  it('takes a PDF behind a byte-order mark or blank lines, as some scanners write it', () => {
    expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], '%PDF-1.4'))).to.deep.include({ kind: 'pdf' });
    expect(sniffBytes(bytes('\r\n  \n%PDF-1.3'))).to.deep.include({ kind: 'pdf' });
    expect(sniffBytes(bytes([0, 0], '%PDF-1.3'))).to.deep.include({ kind: 'pdf' });
  });

  it('knows every HEIF brand, major or compatible, and leaves AVIF and MP4 out', () => {
    const ftyp = (major: string, ...compatible: string[]) =>
      bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);
    for (const brand of ['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']) {
      expect(sniffBytes(ftyp(brand)), brand).to.deep.equal({ kind: 'heic', mime: 'image/heic' });
    }
    expect(sniffBytes(ftyp('mif1', 'heic'))).to.deep.include({ kind: 'heic' });
    expect(sniffBytes(ftyp('isom', 'iso2', 'heic'))).to.deep.include({ kind: 'heic' });
    expect(sniffBytes(ftyp('avif', 'mif1', 'miaf'))).to.deep.equal({ rejected: 'unknown' });
    expect(sniffBytes(ftyp('isom', 'iso2', 'mp41'))).to.deep.equal({ rejected: 'unknown' });
  });

  it('refuses programs and scripts of every common system', () => {
    const programs = [
      bytes('MZ', [0x90, 0]),
      bytes([0x7f], 'ELF', [2, 1, 1]),
      bytes([0xfe, 0xed, 0xfa, 0xcf]),
      bytes([0xcf, 0xfa, 0xed, 0xfe]),
      bytes([0xca, 0xfe, 0xba, 0xbe]),
      bytes('#!/bin/sh\nrm -rf /'),
    ];
    for (const program of programs) expect(sniffBytes(program)).to.deep.equal({ rejected: 'executable' });
  });

  it('refuses markup however it starts', () => {
    const markup = {
      svg: ['<svg xmlns="http://www.w3.org/2000/svg">', '<?xml version="1.0"?><svg>', '<!-- logo -->\n<svg:svg>', ' \n<SVG>'],
      html: ['<!doctype html><html>', '<html>', '<HTML lang="vi">', '<script>alert(1)</script>', '<?xml version="1.0"?><x/>', '<body onload=x()>'],
    };
    for (const [rejected, heads] of Object.entries(markup)) {
      for (const head of heads) {
        expect(sniffBytes(bytes(head)), head).to.deep.equal({ rejected });
        expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], '\n\t', head)), `BOM + ${head}`).to.deep.equal({ rejected });
      }
    }
    // UTF-16, as Windows Notepad saves it.
    const utf16 = (text: string) => bytes([0xff, 0xfe], [...text].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(sniffBytes(utf16('<html><body>'))).to.deep.equal({ rejected: 'html' });
    expect(sniffBytes(utf16('<svg>'))).to.deep.equal({ rejected: 'svg' });
  });

  it('calls no bytes empty', () => {
    expect(sniffBytes(new Uint8Array(0))).to.deep.equal({ rejected: 'empty' });
  });
});
