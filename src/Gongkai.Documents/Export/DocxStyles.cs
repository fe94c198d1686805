using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Export;

/// <summary>
/// The styles and font table of the exported Word document: A4 government-document typography (GB/T 9704 style:
/// 方正小标宋 titles, 黑体 and 楷体 headings, 仿宋_GB2312 body at 三号 with fixed 28-point lines, 宋体 tables), each font
/// declared with its free stand-in (altName, family, GB2312 charset) so that a converter without it still picks a
/// CJK face of the right kind.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "GongkaiTitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Body = "GongkaiBody";
    public const string ContentsTitle = "GongkaiContentsTitle";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string TableTitle = "GongkaiTableTitle";
    public const string TableCaption = "GongkaiTableCaption";
    public const string TableText = "GongkaiTableText";
    public const string TableNote = "GongkaiTableNote";
    public const string Footer = "Footer";

    /// <summary>The style definitions.</summary>
    public static Styles Create()
    {
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(DocumentFont.Body),
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }))));

        styles.Append(ParagraphStyle("Normal", "Normal", null, isDefault: true, new StyleParagraphProperties(
            new Justification { Val = JustificationValues.Both })));
        styles.Append(ParagraphStyle(Body, "Gongkai Body", "Normal", false,
            new StyleParagraphProperties(
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new Justification { Val = JustificationValues.Both })));
        styles.Append(ParagraphStyle(Title, "Gongkai Title", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "1200", After = "600", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(DocumentFont.Title), new Bold(), new FontSize { Val = "52" }, new FontSizeComplexScript { Val = "52" })));
        styles.Append(ParagraphStyle(Heading1, "heading 1", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(DocumentFont.Title), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));
        styles.Append(ParagraphStyle(Heading2, "heading 2", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new OutlineLevel { Val = 1 }),
            new StyleRunProperties(Fonts(DocumentFont.Heading))));
        styles.Append(ParagraphStyle(Heading3, "heading 3", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new Indentation { FirstLine = "640", FirstLineChars = 200 },
                new OutlineLevel { Val = 2 }),
            new StyleRunProperties(Fonts(DocumentFont.Subheading), new Bold())));
        styles.Append(ParagraphStyle(ContentsTitle, "Gongkai Contents Title", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "240", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(DocumentFont.Heading), new FontSize { Val = "36" }, new FontSizeComplexScript { Val = "36" })));
        styles.Append(ParagraphStyle(Toc1, "toc 1", "Normal", false,
            new StyleParagraphProperties(new Indentation { Left = "0" }),
            new StyleRunProperties(Fonts(DocumentFont.Heading), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));
        styles.Append(ParagraphStyle(Toc2, "toc 2", "Normal", false,
            new StyleParagraphProperties(new Indentation { Left = "640" }),
            new StyleRunProperties(new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));
        styles.Append(ParagraphStyle(TableTitle, "Gongkai Table Title", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "120", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(DocumentFont.Title), new FontSize { Val = "36" }, new FontSizeComplexScript { Val = "36" })));
        styles.Append(ParagraphStyle(TableCaption, "Gongkai Table Caption", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(Fonts(DocumentFont.Table), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle(TableText, "Gongkai Table Text", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(Fonts(DocumentFont.Table), new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle(TableNote, "Gongkai Table Note", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(Fonts(DocumentFont.Table), new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle(Footer, "footer", "Normal", false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "28" })));
        return styles;
    }

    /// <summary>The font table: each official font with its stand-in as altName, its family and GB2312 charset.</summary>
    public static Fonts FontTable()
    {
        var fonts = new Fonts();
        foreach (var font in DocumentFont.All)
        {
            fonts.Append(new Font(
                new AltName { Val = font.FreeFallback },
                new FontCharSet { Val = "86" },
                new FontFamily { Val = font.Generic == "serif" ? FontFamilyValues.Roman : FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = font.Name });
        }

        fonts.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable })
        {
            Name = "Times New Roman",
        });
        return fonts;
    }

    /// <summary>Run fonts naming an official font for Chinese text and Times New Roman for Latin digits.</summary>
    public static RunFonts Fonts(DocumentFont font) => new()
    {
        Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font.Name, ComplexScript = "Times New Roman",
        Hint = FontTypeHintValues.EastAsia,
    };

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
