package org.w3id.dkg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A log-log plot of cost (seconds) against input size (MB) drawn with Java2D, so the benchmarks need
 * nothing beyond the JDK. A dashed grey line of slope 1 through the first point of the first series shows
 * what linear cost would look like.
 */
public final class LogLogPlot {
    /** One line of the plot. */
    public record Series(String name, double[] x, double[] y, Color color) {}

    private final List<Series> series = new ArrayList<>();
    private final String title;

    public LogLogPlot(String title) {
        this.title = title;
    }

    public LogLogPlot add(String name, double[] x, double[] y, Color color) {
        series.add(new Series(name, x, y, color));
        return this;
    }

    public void write(Path png) throws Exception {
        int w = 960, h = 640, left = 90, right = 260, top = 50, bottom = 70;
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (!(s.x()[i] > 0) || !(s.y()[i] > 0)) continue;
                minX = Math.min(minX, s.x()[i]);
                maxX = Math.max(maxX, s.x()[i]);
                minY = Math.min(minY, s.y()[i]);
                maxY = Math.max(maxY, s.y()[i]);
            }
        }
        double lx0 = Math.floor(Math.log10(minX)), lx1 = Math.ceil(Math.log10(maxX));
        double ly0 = Math.floor(Math.log10(minY)), ly1 = Math.ceil(Math.log10(maxY));
        if (lx1 == lx0) lx1++;
        if (ly1 == ly0) ly1++;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int pw = w - left - right, ph = h - top - bottom;
        final double fx0 = lx0, fx1 = lx1, fy0 = ly0, fy1 = ly1;
        java.util.function.DoubleUnaryOperator px = v -> left + (Math.log10(v) - fx0) / (fx1 - fx0) * pw;
        java.util.function.DoubleUnaryOperator py = v -> top + ph - (Math.log10(v) - fy0) / (fy1 - fy0) * ph;
        for (double d = lx0; d <= lx1; d++) {
            int x = (int) px.applyAsDouble(Math.pow(10, d));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(x, top, x, top + ph);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(Math.pow(10, d)), x - 12, top + ph + 20);
        }
        for (double d = ly0; d <= ly1; d++) {
            int y = (int) py.applyAsDouble(Math.pow(10, d));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(Math.pow(10, d)), left - 55, y + 5);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, pw, ph);
        g.drawString("input (MB of text, log scale)", left + pw / 2 - 90, h - 20);
        g.rotate(-Math.PI / 2);
        g.drawString("seconds (log scale)", -(top + ph / 2 + 60), 25);
        g.rotate(Math.PI / 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        if (!series.isEmpty()) {
            Series s0 = series.get(0);
            int i0 = 0;
            while (i0 < s0.x().length && !(s0.y()[i0] > 0)) i0++;
            if (i0 < s0.x().length) {
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
                double xa = Math.pow(10, lx0), xb = Math.pow(10, lx1);
                double ya = s0.y()[i0] * xa / s0.x()[i0], yb = s0.y()[i0] * xb / s0.x()[i0];
                g.setClip(left, top, pw, ph);
                g.drawLine((int) px.applyAsDouble(xa), (int) py.applyAsDouble(ya), (int) px.applyAsDouble(xb), (int) py.applyAsDouble(yb));
                g.setClip(null);
            }
        }
        int ly = top + 10;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(new BasicStroke(2.5f));
            int prevX = -1, prevY = -1;
            for (int i = 0; i < s.x().length; i++) {
                if (!(s.x()[i] > 0) || !(s.y()[i] > 0)) continue;
                int x = (int) px.applyAsDouble(s.x()[i]), y = (int) py.applyAsDouble(s.y()[i]);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (prevX >= 0) g.drawLine(prevX, prevY, x, y);
                prevX = x;
                prevY = y;
            }
            g.drawLine(left + pw + 15, ly, left + pw + 40, ly);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), left + pw + 48, ly + 5);
            ly += 22;
        }
        g.setColor(Color.GRAY);
        g.drawString("- - slope 1 (linear)", left + pw + 15, ly + 5);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static String label(double v) {
        if (v >= 1) return String.format("%.0f", v);
        return String.format("%.3f", v).replaceAll("0+$", "");
    }
}
