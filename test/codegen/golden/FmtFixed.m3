(* Fmt.Real and Fmt.LongReal with Style.Fix write exactly prec digits after the point, rounded. *)
MODULE FmtFixed EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Real(3.14159, Fmt.Style.Fix, 2) & "\n");
  IO.Put(Fmt.LongReal(2.0D0 / 3.0D0, Fmt.Style.Fix, 3) & "\n");
  IO.Put(Fmt.LongReal(100.0D0, Fmt.Style.Fix, 2) & "\n");
  IO.Put(Fmt.LongReal(-0.75D0, Fmt.Style.Fix, 4) & "\n");
  IO.Put(Fmt.LongReal(1.0D0 / 3.0D0, Fmt.Style.Fix, 10) & "\n");
  IO.Put(Fmt.LongReal(0.001D0, Fmt.Style.Fix, 2) & "\n")
END FmtFixed.
