"""The DOCX carries its fonts: the package read back part by part, the faces deobfuscated the way
LibreOffice does it, and LibreOffice itself drawing the DOCX with Amiri on a machine without it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from briefgen.errors import RenderError
from briefgen.render.docxfonts import EmbeddedFace, document_faces, embed_faces

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"

# LibreOffice's writerfilter reads the key's hex digits at these places of "{XXXXXXXX-…}",
# last byte first (EmbeddedFontHandler): an independent reading of ECMA-376 §17.8.1.
_LIBREOFFICE_KEY_POSITIONS = (35, 33, 31, 29, 27, 25, 22, 20, 17, 15, 12, 10, 7, 5, 3, 1)


def deobfuscate_as_libreoffice(data: bytes, font_key: str) -> bytes:
    key = bytes(int(font_key[p:p + 2], 16) for p in _LIBREOFFICE_KEY_POSITIONS)
    return bytes(b ^ key[i % 16] for i, b in enumerate(data[:32])) + data[32:]


def embedded_faces(path: Path) -> dict[tuple[str, str], TTFont]:
    """Every face a DOCX embeds, as (family, w:embed* kind) → the deobfuscated font."""
    with zipfile.ZipFile(path) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
        rels = etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        targets = {r.get("Id"): r for r in rels.iter(f"{RELS}Relationship")}
        faces = {}
        for font in table.iter(f"{W}font"):
            for embed in font:
                if not embed.tag.startswith(f"{W}embed"):
                    continue
                rel = targets[embed.get(f"{R}id")]
                assert rel.get("Type") == FONT_REL
                key = embed.get(f"{W}fontKey")
                assert key[0] == "{" and key[-1] == "}" and key == key.upper(), key
                data = package.read("word/" + rel.get("Target"))
                assert data[:4] not in (b"\x00\x01\x00\x00", b"true"), "not obfuscated"
                plain = deobfuscate_as_libreoffice(data, key)
                faces[font.get(f"{W}name"), embed.tag.removeprefix(W)] = TTFont(io.BytesIO(plain))
    return faces


def document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "".join(t.text or "" for name in package.namelist()
                       if name.startswith("word/") and name.endswith(".xml")
                       for t in etree.fromstring(package.read(name)).iter(f"{W}t"))


def sample_docx(sample_build) -> list[Path]:
    out, built = sample_build
    return [out / f"{r.brief.id}.docx" for r in built] + [out / "pack.docx"]


def test_every_docx_embeds_its_faces_the_ooxml_way(sample_build):
    for path in sample_docx(sample_build):
        faces = embedded_faces(path)
        assert sorted(faces) == [("Amiri", "embedBold"), ("Amiri", "embedRegular"),
                                 ("Crimson Text", "embedBold"), ("Crimson Text", "embedItalic"),
                                 ("Crimson Text", "embedRegular")], path.name
        text = document_text(path)
        arabic = {c for c in text if "\u0600" <= c <= "\u06ff"
                  and unicodedata.category(c)[0] == "L"}
        latin = {c for c in text if c.isascii() and c.isalpha()}
        assert len(arabic) > 30 and len(latin) > 40
        for (family, kind), font in faces.items():
            assert font["name"].getDebugName(1) == family
            assert font["OS/2"].fsType == 0  # installable: LibreOffice uses it, Word too
            assert "glyf" in font and "GSUB" in font  # TrueType outlines, joining forms kept
            cmap = font.getBestCmap()
            wanted = arabic if family == "Amiri" else latin
            assert not {c for c in wanted if ord(c) not in cmap}, (path.name, family, kind)
            if family == "Amiri":  # a subset: no Latin letters, but the digits beside Arabic
                assert ord("A") not in cmap and ord("7") in cmap and ord("،") in cmap


def test_package_parts_settings_and_content_types(sample_build):
    for path in sample_docx(sample_build):
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            fonts = [n for n in names if n.startswith("word/fonts/")]
            assert len(fonts) == len(set(fonts)) == 5, (path.name, fonts)  # pack: once
            types = etree.fromstring(package.read("[Content_Types].xml"))
            defaults = {d.get("Extension"): d.get("ContentType")
                        for d in types.iter(f"{TYPES}Default")}
            assert {n.rsplit(".", 1)[1] for n in fonts} == {"odttf"}
            assert defaults["odttf"] == \
                "application/vnd.openxmlformats-officedocument.obfuscatedFont"
            settings = [child.tag.removeprefix(W)
                        for child in etree.fromstring(package.read("word/settings.xml"))]
            # In schema order: after w:zoom, before w:proofState.
            assert settings[:4] == ["zoom", "embedTrueTypeFonts", "saveSubsetFonts",
                                    "proofState"], settings
            rels = etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
            targets = sorted("word/" + r.get("Target") for r in rels)
            assert targets == sorted(fonts)


def test_the_same_faces_in_every_docx(sample_build):
    """LibreOffice keeps the first face of a family it loads for the whole session: every
    briefgen DOCX must embed the same one, or the second opened loses letters."""
    digests = set()
    for path in sample_docx(sample_build):
        with zipfile.ZipFile(path) as package:
            digests.add(tuple(package.read(f"word/fonts/font{n}.odttf")[32:] for n in range(1, 6)))
    assert len(digests) == 1


def minimal_members() -> list[tuple[str, bytes]]:
    from briefgen.render.docx import _members, _new_document

    return _members(_new_document())


def test_embedding_refuses_what_it_does_not_know():
    faces = document_faces("abc")
    members = minimal_members()
    embedded = embed_faces(members, faces)
    with pytest.raises(RenderError, match="already has embedded fonts"):
        embed_faces(embedded, faces)
    without_table = [(n, b) for n, b in members if n != "word/fontTable.xml"]
    with pytest.raises(RenderError, match="0 word/fontTable.xml parts"):
        embed_faces(without_table, faces)
    with pytest.raises(RenderError, match="two faces to embed in one slot"):
        embed_faces(members, [faces[0], faces[0]])


def restricted(face: EmbeddedFace, fs_type: int) -> EmbeddedFace:
    font = TTFont(io.BytesIO(face.data))
    font["OS/2"].fsType = fs_type
    out = io.BytesIO()
    font.save(out)
    return EmbeddedFace(face.family, face.kind, out.getvalue())


@pytest.mark.parametrize("fs_type", [0x0002, 0x0004, 0x0100])
def test_embedding_refuses_a_face_whose_licence_forbids_it(fs_type):
    # Restricted, preview & print only (LibreOffice ignores such a face), no subsetting.
    face = restricted(document_faces("abc")[2], fs_type)
    with pytest.raises(RenderError, match="licence"):
        embed_faces(minimal_members(), [face])


def test_embedding_refuses_a_face_of_another_family():
    face = document_faces("abc")[2]
    with pytest.raises(RenderError, match="calls itself"):
        embed_faces(minimal_members(), [EmbeddedFace("Amiri", "embedRegular", face.data)])


# LibreOffice on a machine without Amiri and Crimson Text: only DejaVu, and a fresh profile.


def no_amiri_fontconfig(work: Path) -> dict[str, str]:
    conf = work / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{work}/cache</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work / "home")}
    if shutil.which("fc-list") is None:
        pytest.fail("fc-list is missing: install fontconfig (.ci/run does)")
    listed = subprocess.run(["fc-list"], env=env, capture_output=True, text=True).stdout
    assert "DejaVu" in listed and "Amiri" not in listed and "Crimson" not in listed
    return env


def libreoffice_pdf_fonts(docx: list[Path], work: Path) -> dict[str, str]:
    """Convert `docx` to PDF in one LibreOffice session without Amiri; each PDF's pdffonts."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    env = no_amiri_fontconfig(work)
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "pdf"), *map(str, docx)],
                   check=True, capture_output=True, timeout=300, env=env)
    fonts = {}
    for path in docx:
        pdf = work / "pdf" / f"{path.stem}.pdf"
        assert pdf.exists(), "LibreOffice exits 0 even when it cannot load a file"
        fonts[path.name] = subprocess.run(["pdffonts", str(pdf)], capture_output=True,
                                          text=True, check=True).stdout
    return fonts


def without_embedded_fonts(path: Path, out: Path) -> Path:
    """The same DOCX with its font parts, their relationships and w:embed* elements taken out."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            if name.startswith("word/fonts/") or name == "word/_rels/fontTable.xml.rels":
                continue
            data = source.read(name)
            if name == "word/fontTable.xml":
                table = etree.fromstring(data)
                for embed in [e for e in table.iter() if e.tag.startswith(f"{W}embed")]:
                    embed.getparent().remove(embed)
                data = etree.tostring(table, xml_declaration=True, encoding="UTF-8")
            target.writestr(name, data)
    return out


def test_libreoffice_without_amiri_draws_the_docx_in_amiri(sample_build, tmp_path):
    """The brief, then the pack in the same session: both drawn only in the embedded faces."""
    out, built = sample_build
    docx = [out / f"{built[0].brief.id}.docx", out / "pack.docx"]
    for name, fonts in libreoffice_pdf_fonts(docx, tmp_path).items():
        for face in ("Amiri-Regular", "Amiri-Bold", "CrimsonText-Regular", "CrimsonText-Bold",
                     "CrimsonText-Italic"):
            assert face in fonts, (name, fonts)
        assert "DejaVu" not in fonts, (name, fonts)


def test_libreoffice_without_amiri_and_without_embedding_falls_back(sample_build, tmp_path):
    """The control: the same DOCX less its fonts comes out in DejaVu, so the test above can
    fail."""
    out, built = sample_build
    bare = without_embedded_fonts(out / f"{built[0].brief.id}.docx", tmp_path / "bare.docx")
    fonts = libreoffice_pdf_fonts([bare], tmp_path)["bare.docx"]
    assert "Amiri" not in fonts and "Crimson" not in fonts and "DejaVu" in fonts
