(* Math.sin, cos, tan and their inverses work in radians; Math.Degree converts from degrees. *)
MODULE MathTrig EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (name: TEXT; x: LONGREAL) =
  BEGIN
    IO.Put(name & " " & Fmt.LongReal(x, Fmt.Style.Fix, 4) & "\n")
  END Show;
BEGIN
  Show("sin(90deg)", Math.sin(90.0D0 * Math.Degree));
  Show("sin(30deg)", Math.sin(30.0D0 * Math.Degree));
  Show("cos(pi)", Math.cos(Math.Pi));
  Show("tan(pi/4)", Math.tan(Math.Pi / 4.0D0));
  Show("sin(-pi/2)", Math.sin(-Math.Pi / 2.0D0));
  Show("acos(-1)", Math.acos(-1.0D0));
  Show("asin(0.5)/deg", Math.asin(0.5D0) / Math.Degree)
END MathTrig.
