/** The few functions of piexifjs (no published types) the visits tests use to put EXIF in a JPEG. */
declare module 'piexifjs' {
  const piexif: {
    ExifIFD: { DateTimeOriginal: number };
    GPSIFD: { GPSLatitudeRef: number; GPSLatitude: number; GPSLongitudeRef: number; GPSLongitude: number };
    dump(exif: Record<string, Record<number, unknown>>): string;
    insert(exif: string, jpeg: string): string;
  };
  export default piexif;
}
