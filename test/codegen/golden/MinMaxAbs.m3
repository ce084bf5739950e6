(* MIN, MAX and ABS on integers. *)
MODULE MinMaxAbs EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Int(MIN(3, -4)) & " " & Fmt.Int(MAX(3, -4)) & " " & Fmt.Int(ABS(-9)) & " " & Fmt.Int(ABS(9)) & "\n")
END MinMaxAbs.
