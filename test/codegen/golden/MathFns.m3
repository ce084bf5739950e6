(* Math: elementary functions, printed with six digits after the point. *)
MODULE MathFns EXPORTS Main;
IMPORT IO, Fmt, Math;
PROCEDURE Show (name: TEXT; x: LONGREAL) =
  BEGIN
    IO.Put(name & " " & Fmt.LongReal(x, Fmt.Style.Fix, 6) & "\n")
  END Show;
BEGIN
  Show("sqrt(2)", Math.sqrt(2.0D0));
  Show("exp(1)", Math.exp(1.0D0));
  Show("log(10)", Math.log(10.0D0));
  Show("sin(pi/6)", Math.sin(Math.Pi / 6.0D0));
  Show("cos(pi/3)", Math.cos(Math.Pi / 3.0D0));
  Show("atan(1)*4", Math.atan(1.0D0) * 4.0D0);
  Show("pow(2,10)", Math.pow(2.0D0, 10.0D0));
  Show("pow(2,0.5)", Math.pow(2.0D0, 0.5D0));
  Show("floor(-1.5)", Math.floor(-1.5D0));
  Show("ceil(-1.5)", Math.ceil(-1.5D0));
  Show("fmod(7,3)", Math.fmod(7.0D0, 3.0D0));
  Show("hypot(3,4)", Math.hypot(3.0D0, 4.0D0));
  Show("log10(1000)", Math.log10(1000.0D0));
  Show("tanh(0.5)", Math.tanh(0.5D0));
  Show("asin(1)", Math.asin(1.0D0))
END MathFns.
