package org.activationlab.app.control;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** {@link PlotGraphics} that writes SVG 1.1 text: a small writer, no library needed. */
final class SvgPlotGraphics implements PlotGraphics {
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private final TextMetrics metrics;

    SvgPlotGraphics(double width, double height, TextMetrics metrics) {
        this.metrics = metrics;
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
          .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
          .append(num(height)).append("\">\n");
    }

    /** The finished document. */
    String finish() {
        return sb + "</svg>\n";
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(num(h)).append("\" ").append(paint("fill", fill)).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double width) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(num(h)).append("\" fill=\"none\" ").append(paint("stroke", stroke))
          .append(" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
          .append("\" y2=\"").append(num(y2)).append("\" ").append(paint("stroke", stroke))
          .append(" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color stroke, double width, double[] dashes) {
        if (n < 2) {
            return;
        }
        sb.append("<polyline fill=\"none\" ").append(paint("stroke", stroke)).append(" stroke-width=\"")
          .append(num(width)).append("\" stroke-linejoin=\"round\"");
        if (dashes.length > 0) {
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                sb.append(i == 0 ? "" : " ").append(num(dashes[i]));
            }
            sb.append('"');
        }
        sb.append(" points=\"");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        sb.append("\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
          .append("\" ").append(paint("fill", fill)).append(' ').append(paint("stroke", stroke))
          .append(" stroke-width=\"2\"/>\n");
    }

    @Override
    public void text(String s, double x, double y, Font font, Color fill, Align align, double rotate) {
        String anchor = switch (align) {
            case START -> "start";
            case CENTER -> "middle";
            case END -> "end";
        };
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
          .append("\" dominant-baseline=\"central\" text-anchor=\"").append(anchor)
          .append("\" font-family=\"").append(escape(font.getFamily())).append(", sans-serif\" font-size=\"")
          .append(num(font.getSize())).append('"');
        if (font.getStyle().toLowerCase(Locale.ROOT).contains("bold")) {
            sb.append(" font-weight=\"bold\"");
        }
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ')
              .append(num(y)).append(")\"");
        }
        sb.append(' ').append(paint("fill", fill)).append('>').append(escape(s)).append("</text>\n");
    }

    @Override
    public double textWidth(String s, Font font) {
        return metrics.width(s, font);
    }

    private static String paint(String attr, Color c) {
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
        String s = attr + "=\"" + hex + "\"";
        if (c.getOpacity() < 1.0) {
            s += " " + attr + "-opacity=\"" + num(c.getOpacity()) + "\"";
        }
        return s;
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
