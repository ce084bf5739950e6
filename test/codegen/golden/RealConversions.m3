(* Conversions between INTEGER, REAL and LONGREAL, and REAL arithmetic in single precision. *)
MODULE RealConversions EXPORTS Main;
IMPORT IO, Fmt;
VAR r: REAL := 0.1; l: LONGREAL;
BEGIN
  l := FLOAT(r, LONGREAL);
  IO.Put(Fmt.Bool(l # 0.1D0) & " " & Fmt.Int(ROUND(r * 100.0)) & " " & Fmt.Int(TRUNC(FLOAT(7, REAL) / 2.0)) & " " & Fmt.Real(FLOAT(3.75D0, REAL)) & "\n")
END RealConversions.
