/** The image files a unit logo may be (no Langium: SOP-H03F and the export's logo reader share it). */

/** The image files a logo may be, by extension, with their media type (the export checks the bytes). */
export const logoImageTypes: Readonly<Record<string, string>> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.gif': 'image/gif' };

/** The media type of a logo file by its name's extension, if it is one of {@link logoImageTypes}. */
export function logoImageType(name: string): string | undefined {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? undefined : logoImageTypes[name.slice(dot).toLowerCase()];
}
