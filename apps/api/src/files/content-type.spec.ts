import { docxBytes, jpegWithGps, odsBytes, pdfBytes, pngPhoto, zipOf } from '../../test/factories/file.factory';
import { detectContentType } from './content-type';

describe('detectContentType', () => {
  it('reads photos and documents from their first bytes', async () => {
    expect(detectContentType(await jpegWithGps(20, 20))).toBe('image/jpeg');
    expect(detectContentType(await pngPhoto(20, 20))).toBe('image/png');
    expect(detectContentType(pdfBytes())).toBe('application/pdf');
    expect(detectContentType(docxBytes())).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(detectContentType(odsBytes())).toBe('application/vnd.oasis.opendocument.spreadsheet');
  });

  it('refuses what is none of them, whatever it is called', () => {
    expect(detectContentType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(detectContentType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectContentType(Buffer.alloc(0))).toBeNull();
    // A ZIP that is no Office or OpenDocument file (an archive, or a JAR).
    expect(detectContentType(zipOf([['readme.txt', 'hello']]))).toBeNull();
    expect(detectContentType(zipOf([['mimetype', 'application/epub+zip']]))).toBeNull();
  });
});
