package docx

import (
	"strings"

	"baulu/reports/pdfdoc"
)

// The fixed parts of the package. Styles carry the official look so that a
// methodologist who edits the file keeps it: Normal is Times New Roman 14
// pt, single-spaced, justified with a 12.5 mm first-line indent; Heading
// 1–3 have outline levels (Word's navigation pane and contents use them).

// Style lengths, from pdfdoc's millimetres.
var (
	indentTw      = twips(pdfdoc.ParagraphIndent)
	textWidthTw   = twips(pdfdoc.TextWidth)
	tocLevelTw    = twips(7) // as pdfdoc's contents indent each level
	listHangTw    = twips(6) // from the dash to the item text
	headBeforeTw  = twips(6)
	headAfterTw   = twips(3)
	captionTw     = twips(3)
	captionAfter  = twips(1.5)
	cellPadXTw    = twips(1.5)
	cellPadYTw    = twips(1)
	bodyHalfPts   = itoa(halfPoints(pdfdoc.BodySize))
	tableHalfPts  = itoa(halfPoints(pdfdoc.TableSize))
	headerFillHex = "E6E6E6" // pdfdoc's header grey, 230
)

func contentTypes() []byte {
	const main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	return []byte(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="png" ContentType="image/png"/>` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="` + main + `document.main+xml"/>` +
		`<Override PartName="/word/fontTable.xml" ContentType="` + main + `fontTable+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="` + main + `footer+xml"/>` +
		`<Override PartName="/word/numbering.xml" ContentType="` + main + `numbering+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="` + main + `settings+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="` + main + `styles+xml"/>` +
		`</Types>`)
}

const relsNS = "http://schemas.openxmlformats.org/package/2006/relationships"

func packageRels() []byte {
	const od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	return []byte(xmlHead + `<Relationships xmlns="` + relsNS + `">` +
		`<Relationship Id="rId1" Type="` + od + `officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="` + od + `extended-properties" Target="docProps/app.xml"/>` +
		`</Relationships>`)
}

// media is an image of the body with its relationship.
type media struct {
	id, target string
	data       []byte
}

func documentRels(images []media) []byte {
	const od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="` + relsNS + `">`)
	rel := func(id, kind, target string) {
		b.WriteString(`<Relationship Id="` + id + `" Type="` + od + kind + `" Target="` + target + `"/>`)
	}
	rel("rIdStyles", "styles", "styles.xml")
	rel("rIdSettings", "settings", "settings.xml")
	rel("rIdNumbering", "numbering", "numbering.xml")
	rel("rIdFonts", "fontTable", "fontTable.xml")
	rel("rIdFooter1", "footer", "footer1.xml")
	for _, m := range images {
		rel(m.id, "image", m.target)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

func coreProps(m pdfdoc.Meta) []byte {
	date := m.DateOrFixed().UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString(xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	elem := func(name, value string) {
		if value != "" {
			b.WriteString("<" + name + ">" + esc(value) + "</" + name + ">")
		}
	}
	elem("dc:title", m.Title)
	elem("dc:subject", m.Subject)
	elem("dc:creator", m.Author)
	elem("cp:keywords", m.Keywords)
	elem("dc:language", m.LangTag())
	elem("cp:lastModifiedBy", m.Author)
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}

func appProps(m pdfdoc.Meta) []byte {
	app := m.Creator
	if app == "" {
		app = "Baulu"
	}
	return []byte(xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>` + esc(app) + `</Application></Properties>`)
}

func settings(m pdfdoc.Meta) []byte {
	lang := ""
	if t := m.LangTag(); t != "" {
		lang = `<w:themeFontLang w:val="` + t + `"/>`
	}
	return []byte(xmlHead + `<w:settings xmlns:w="` + nsW + `">` +
		`<w:zoom w:percent="100"/>` +
		`<w:defaultTabStop w:val="` + itoa(indentTw) + `"/>` +
		// No automatic hyphenation: there are no reliable Kazakh rules
		// to give it, and a wrong break is worse than a loose line.
		`<w:autoHyphenation w:val="false"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		lang +
		`<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>` +
		`</w:settings>`)
}

// numbering defines the one list the documents use: a dash at the
// paragraph indent, the text hanging 6 mm after it, as in the PDF.
func numbering() []byte {
	left := itoa(indentTw + listHangTw)
	return []byte(xmlHead + `<w:numbering xmlns:w="` + nsW + `">` +
		`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/>` +
		`<w:pPr><w:tabs><w:tab w:val="num" w:pos="` + left + `"/></w:tabs><w:ind w:left="` + left + `" w:hanging="` + itoa(listHangTw) + `"/></w:pPr>` +
		`<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`)
}

// footer holds the page number, plain and centred; the title page shows
// none (titlePg in the section).
func footer() []byte {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p>` + para("Footer").xml())
	field(&b, "PAGE", "2", runProps{})
	b.WriteString(`</w:p></w:ftr>`)
	return []byte(b.String())
}

func fontTable() []byte {
	return []byte(xmlHead + `<w:fonts xmlns:w="` + nsW + `">` +
		`<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="CC"/>` +
		`<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`)
}

func styles(m pdfdoc.Meta) []byte {
	lang := ""
	if t := m.LangTag(); t != "" {
		lang = `<w:lang w:val="` + t + `" w:eastAsia="` + t + `" w:bidi="ar-SA"/>`
	}
	ind := itoa(indentTw)
	var b strings.Builder
	b.WriteString(xmlHead + `<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
		`<w:sz w:val="` + bodyHalfPts + `"/><w:szCs w:val="` + bodyHalfPts + `"/>` + lang +
		`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	style := func(kind, id, name, extra, ppr, rpr string) {
		b.WriteString(`<w:style w:type="` + kind + `"` + extra + ` w:styleId="` + id + `"><w:name w:val="` + name + `"/>`)
		if id != "Normal" && kind == "paragraph" {
			b.WriteString(`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		if ppr != "" {
			b.WriteString(`<w:pPr>` + ppr + `</w:pPr>`)
		}
		if rpr != "" {
			b.WriteString(`<w:rPr>` + rpr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	const def = ` w:default="1"`
	style("paragraph", "Normal", "Normal", def, `<w:widowControl/><w:ind w:firstLine="`+ind+`"/><w:jc w:val="both"/>`, "")
	style("character", "DefaultParagraphFont", "Default Paragraph Font", def, "", "")
	for lvl := 1; lvl <= 3; lvl++ {
		l := itoa(lvl)
		style("paragraph", "Heading"+l, "heading "+l, "",
			`<w:keepNext/><w:keepLines/><w:spacing w:before="`+itoa(headBeforeTw)+`" w:after="`+itoa(headAfterTw)+`"/>`+
				`<w:ind w:firstLine="`+ind+`"/><w:jc w:val="left"/><w:outlineLvl w:val="`+itoa(lvl-1)+`"/>`,
			`<w:b/><w:bCs/>`)
	}
	style("paragraph", "TOCHeading", "TOC Heading", "",
		`<w:keepNext/><w:spacing w:after="`+itoa(headAfterTw)+`"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`, `<w:b/><w:bCs/>`)
	for lvl := 1; lvl <= 3; lvl++ {
		style("paragraph", "TOC"+itoa(lvl), "toc "+itoa(lvl), "",
			`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="`+itoa(textWidthTw)+`"/></w:tabs>`+
				`<w:ind w:left="`+itoa((lvl-1)*tocLevelTw)+`" w:firstLine="0"/><w:jc w:val="left"/>`, "")
	}
	style("paragraph", "Caption", "caption", "",
		`<w:keepNext/><w:spacing w:before="`+itoa(captionTw)+`" w:after="`+itoa(captionAfter)+`"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>`, "")
	style("paragraph", "TableText", "Table Text", "",
		`<w:ind w:firstLine="0"/><w:jc w:val="left"/>`, `<w:sz w:val="`+tableHalfPts+`"/><w:szCs w:val="`+tableHalfPts+`"/>`)
	style("paragraph", "ListBullet", "List Bullet", "",
		`<w:numPr><w:numId w:val="1"/></w:numPr>`, "")
	style("paragraph", "Footer", "footer", "",
		`<w:ind w:firstLine="0"/><w:jc w:val="center"/>`, `<w:sz w:val="`+tableHalfPts+`"/><w:szCs w:val="`+tableHalfPts+`"/>`)
	cellMar := `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="` + itoa(cellPadXTw) + `" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="` + itoa(cellPadXTw) + `" w:type="dxa"/></w:tblCellMar>`
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` + cellMar + `</w:tblPr></w:style>`)
	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
	}
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
		`<w:tblPr><w:tblBorders>` + border("top") + border("left") + border("bottom") + border("right") +
		border("insideH") + border("insideV") + `</w:tblBorders>` + cellMar + `</w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return []byte(b.String())
}
