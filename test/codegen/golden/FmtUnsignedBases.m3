(* Fmt.Unsigned treats the word as unsigned and writes it in base 16 unless told otherwise. *)
MODULE FmtUnsignedBases EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Unsigned(4096) & " " & Fmt.Unsigned(4096, 10) & " " & Fmt.Unsigned(8, 8) & " " & Fmt.Unsigned(5, 2) & "\n");
  IO.Put(Fmt.Unsigned(-1, 10) & "\n");
  IO.Put(Fmt.Unsigned(-2, 2) & "\n");
  IO.Put(Fmt.Unsigned(FIRST(INTEGER)) & "\n")
END FmtUnsignedBases.
