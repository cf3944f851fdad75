import java.awt.*; import java.awt.geom.*; import java.awt.image.*; import javax.imageio.*; import java.io.*;
public class MakeIcon { public static void main(String[] a) throws Exception {
  int S=1024; BufferedImage img=new BufferedImage(S,S,BufferedImage.TYPE_INT_ARGB); Graphics2D g=img.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,RenderingHints.VALUE_ANTIALIAS_ON);
  g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,RenderingHints.VALUE_STROKE_PURE);
  g.setColor(new Color(0x1f3a5f)); g.fill(new RoundRectangle2D.Double(40,40,944,944,300,300));
  Path2D sig=new Path2D.Double(), d=new Path2D.Double();
  for(int i=0;i<=400;i++){ double x=-6+12.0*i/400, s=1/(1+Math.exp(-x)), px=170+(x+6)/12*684;
    if(i==0){sig.moveTo(px,800-s*560); d.moveTo(px,800-s*(1-s)*4*260);} else {sig.lineTo(px,800-s*560); d.lineTo(px,800-s*(1-s)*4*260);} }
  Path2D relu=new Path2D.Double(); relu.moveTo(170,690); relu.lineTo(512,690); relu.lineTo(854,300);
  g.setStroke(new BasicStroke(40,BasicStroke.CAP_ROUND,BasicStroke.JOIN_ROUND)); g.setColor(new Color(0x56B4E9)); g.draw(d);
  g.setStroke(new BasicStroke(48,BasicStroke.CAP_ROUND,BasicStroke.JOIN_ROUND)); g.setColor(new Color(0xE69F00)); g.draw(relu);
  g.setStroke(new BasicStroke(64,BasicStroke.CAP_ROUND,BasicStroke.JOIN_ROUND)); g.setColor(Color.WHITE); g.draw(sig);
  ImageIO.write(img,"png",new File(a[0]));
}}
