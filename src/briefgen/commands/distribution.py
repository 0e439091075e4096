"""The commands that send packs out: `distribute`, `keys init` and `verify`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import ProjectError
from ..terminal import say


def _project(ctx: click.Context):
    from ..project import Project

    return Project.at(ctx.obj["project"], ctx.obj.get("templates"))


@click.command()
@click.argument("release")
@click.option("--readers", "readers_file", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The readers.yaml to read.")
@click.option("-o", "--output", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the copies: DIR/<reader-id>/pack.pdf and the log.")
@click.pass_context
def distribute(ctx, release, readers_file, out_dir):
    """Write one stamped (and, with a desk key, signed) copy of a release per reader.

    RELEASE is a release number (3) or a release folder. Each page of a copy carries
    "Copy for NAME, ORGANISATION · release N · copy ID"; a reader whose clearance is below
    the release's marking gets no copy. DIR/distribution.json logs every copy.

    \b
    Example:
      briefgen distribute 3 --readers readers.yaml -o outbox/
    """
    from ..copies import distribute as run_distribute
    from ..copies import open_release
    from ..output import check_output_folder
    from ..readers import load_readers
    from ..signing import load_signer

    project = _project(ctx)
    readers = load_readers(readers_file)
    chosen = open_release(project.root / "releases", release)
    check_output_folder(project, out_dir, "e.g. outbox/")
    if out_dir.resolve().is_relative_to(chosen.folder.resolve()):
        raise ProjectError(f"-o {out_dir}: that is inside the release folder {chosen.folder}, "
                           "which is never changed; write the copies somewhere else "
                           "(e.g. outbox/)")
    signer = load_signer(project)
    copies, refusals = run_distribute(chosen, readers, out_dir, signer)
    for copy in copies:
        click.echo(f"copy {copy.copy_id} for {copy.reader.id} ({copy.reader.name}, "
                   f"{copy.reader.organisation}): {copy.folder}/")
    for refusal in refusals:
        click.echo(f"refused {refusal.reader.id} ({refusal.reader.name}): {refusal.reason}")
    signed = f"signed by {signer.name}" if signer else \
        "not signed: briefgen.yaml names no signing key"
    say(f"{len(copies)} cop{'y' if len(copies) == 1 else 'ies'} of release "
        f"{chosen.number}, {signed}; {len(refusals)} refused; logged in "
        f"{out_dir / 'distribution.json'}")


@click.group()
def keys():
    """Make and show the desk's signing key.

    \b
    Example:
      briefgen keys init --name "Afghanistan desk"
    """


@keys.command("init")
@click.option("--name", required=True, help="The desk's name, the certificate's subject.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The PKCS#12 file to write  [default: ~/.config/briefgen/keys/NAME.p12]")
@click.pass_context
def keys_init(ctx, name, output):
    """Make a signing key and a self-signed certificate for a desk that has none.

    The key is a PKCS#12 file of mode 0600 outside the project (never commit it), encrypted
    with $BRIEFGEN_SIGNING_PASSWORD when that is set; the certificate, NAME.crt.pem beside
    it, is what readers compare a signature with. A project without briefgen.yaml gets one
    naming the key.

    \b
    Example:
      BRIEFGEN_SIGNING_PASSWORD=... briefgen keys init --name "Afghanistan desk"
    """
    from ..signing import CONFIG_FILE, PASSWORD_ENV, default_key_path, load_pkcs12, make_key

    key_file = output or default_key_path(name)
    password = os.environ.get(PASSWORD_ENV)
    cert_file = make_key(name, key_file, password.encode("utf-8") if password else None)
    signer = load_pkcs12(key_file, password.encode("utf-8") if password else None)
    click.echo(f"wrote {key_file} (mode 0600) and {cert_file}")
    click.echo(f"certificate SHA-256: {signer.fingerprint}")
    if not password:
        say(f"warning: the key has no password (set {PASSWORD_ENV} before "
            "`keys init` to encrypt it); only its file mode protects it")
    section = f"signing:\n  pkcs12: {key_file}\n" + \
        (f"  password_env: {PASSWORD_ENV}\n" if password else "")
    try:
        project = _project(ctx)
    except ProjectError:
        project = None
    config = project.root / CONFIG_FILE if project else None
    if config is not None and not config.exists():
        from ..output import write_atomic

        write_atomic(config, ("# briefgen's settings for this desk (see README: Sending "
                              "packs out)\n" + section).encode("utf-8"))
        click.echo(f"wrote {config}: releases and reader copies are now signed")
    else:
        click.echo(f"to sign with it, put this in {config or CONFIG_FILE}:\n{section}",
                   nl=False)


@click.command()
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--cert", "cert_file", type=click.Path(dir_okay=False, path_type=Path),
              help="The desk's certificate (PEM or DER): also require it to be the signer.")
def verify(pdf, cert_file):
    """Say whether a PDF's signature is valid and the file unaltered since it was signed.

    Names the signer, the release and, for a reader copy, the copy and its reader. Exit
    status 0 when valid and whole, 1 when not, 2 when the PDF was never signed.

    \b
    Example:
      briefgen verify outbox/amira/pack.pdf --cert afghanistan-desk.crt.pem
    """
    from ..signing import verify_pdf

    verdict = verify_pdf(pdf, cert_file)
    if verdict.ok:
        click.echo(f"{pdf}: signature valid; the file is unaltered since it was signed "
                   "(the signature covers every byte)")
    else:
        reasons = []
        if verdict.problem:
            reasons.append(f"the signature cannot be checked: {verdict.problem}")
        elif not verdict.intact:
            reasons.append("the signed bytes were changed after signing")
        if not verdict.problem and not verdict.valid:
            reasons.append("the signature does not check against its certificate")
        if not verdict.problem and not verdict.whole_file:
            reasons.append("content was added after the signature")
        if verdict.trusted is False:
            reasons.append(f"the signer is not the certificate {cert_file}")
        click.echo(f"{pdf}: NOT VALID: {'; '.join(reasons)}")
    click.echo(f"signed by: {verdict.signer}")
    if verdict.fingerprint:
        click.echo(f"certificate SHA-256: {verdict.fingerprint}"
                   + ("" if cert_file else " (compare it with the desk's, or pass --cert)"))
    if verdict.release:
        click.echo(f"release: {verdict.release}")
    if verdict.copy:
        click.echo(f"copy: {verdict.copy} for reader {verdict.reader}")
    elif verdict.ok:
        click.echo("copy: none (the release's own file)")
    if not verdict.ok:
        sys.exit(1)
