import { afterEach, describe, test } from 'vitest';
import { clearDocuments, expectHover, parseHelper } from 'langium/test';
import type { ast } from '@sop/language';
import { testServices } from '../helpers/sop-test-services.js';

const text = (marked: string) => `sop SuratMasuk "Pelayanan Surat Masuk" {
  ${marked.includes('NOMOR') ? '<|>' : ''}nomor "SOP.01"
  keterkaitan ${marked.includes('REF') ? '<|>' : ''}SuratKeluar
  pelaksana admin "Pengadministrasi Umum"
  pelaksana kepala "Kepala Badan"
  prosedur {
    ${marked.includes('STEP') ? '<|>' : ''}terima admin "Menerima surat" | "Surat" | 5 menit | "Surat diterima"
    telaah ${marked.includes('ACTOR') ? '<|>' : ''}kepala "Perlu ditindaklanjuti?" | "Surat diterima" | 30 menit | "Keputusan"
           ya -> ${marked.includes('JUMP') ? '<|>' : ''}distribusi  tidak -> arsip
    distribusi admin "Mendistribusikan surat" | "Surat" | 1-2 jam | "Surat terdistribusi" selesai
    arsip admin "Mengarsipkan surat" | "Surat" | 5 menit | "Surat terarsip" selesai
  }
}`;

const keluar = 'sop SuratKeluar "Pelayanan Surat Keluar" {\n  nomor "SOP.02"\n  pelaksana a "A"\n  prosedur {\n    s a "Mengirim" | "x" | 2 jam | "y" selesai\n  }\n}';

describe('hover in Bahasa Indonesia', () => {
    const services = testServices({ lang: 'id' });
    const hover = expectHover(services);
    afterEach(() => clearDocuments(services));

    test('a keyword: meaning and source in the regulation', async () => {
        await hover({ text: text('NOMOR'), index: 0, hover: /\*\*nomor\*\* \(kata kunci, juga ditulis `number`\)\n\nNomor SOP, sesuai tata naskah dinas unit kerja\.\n\n\*Sumber:\* Permenpan RB 35\/2012, Bagian Identitas \\#2 \(Nomor SOP\)/ });
    });

    test('a step: mutu baku and the cumulative time to finish it', async () => {
        await hover({ text: text('STEP'), index: 0, hover: /\*\*Langkah 1 · terima\*\* — Menerima surat[\s\S]*\| Kelengkapan \| Surat \|[\s\S]*\| Waktu \| 5 menit \|[\s\S]*Waktu kumulatif sampai langkah ini selesai: 5 menit\. Di jalur kritis\./ });
    });

    test('a jump target: the target step with the longest way to it', async () => {
        await hover({ text: text('JUMP'), index: 0, hover: /\*\*Langkah 3 · distribusi\*\*[\s\S]*Waktu kumulatif sampai langkah ini selesai: 1 jam 35 menit - 2 jam 35 menit\. Di jalur kritis\./ });
    });

    test('a pelaksana reference: title, column and steps', async () => {
        await hover({ text: text('ACTOR'), index: 0, hover: '**Pelaksana kepala** — Kepala Badan\n\nkolom ke-2 tabel prosedur · 1 langkah: telaah' });
    });

    test('a reference to an SOP in another file: a summary of the target', async () => {
        await parseHelper<ast.Model>(services)(keluar, { documentUri: 'file:///ws/surat-keluar.sop' });
        await hover({ text: text('REF'), index: 0, hover: /\*\*SOP SuratKeluar\*\* — Pelayanan Surat Keluar[\s\S]*Nomor: SOP\.02[\s\S]*Langkah: 1 · Pelaksana: 1[\s\S]*Jalur kritis: 2 jam[\s\S]*Didefinisikan di surat-keluar\.sop/ });
    });
});

describe('hover in English', () => {
    const services = testServices({ lang: 'en' });
    const hover = expectHover(services);
    afterEach(() => clearDocuments(services));

    test('a keyword', async () => {
        await hover({ text: text('NOMOR'), index: 0, hover: /The SOP number, following the unit's official numbering[\s\S]*\*Source:\* Permenpan RB 35\/2012/ });
    });

    test('a step', async () => {
        await hover({ text: text('STEP'), index: 0, hover: /\*\*Step 1 · terima\*\*[\s\S]*\| Inputs \(kelengkapan\) \| Surat \|[\s\S]*Cumulative time until this step is done: 5 min\. On the critical path\./ });
    });

    test('user text is escaped, never markup', async () => {
        const services2 = testServices({ lang: 'en' });
        await expectHover(services2)({
            text: 'sop A {\n  pelaksana a "<img src=x onerror=alert(1)> *bold*"\n  prosedur {\n    s <|>a "x" selesai\n  }\n}',
            index: 0,
            hover: '**Pelaksana a** — \\<img src=x onerror=alert(1)\\> \\*bold\\*\n\ncolumn 1 of the procedure table · 1 steps: s',
        });
    });
});
