(* Fmt.Int writes a signed number in any base from 2 to 16, with lower-case digits and a minus sign. *)
MODULE FmtIntBases EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Int(10, 2) & " " & Fmt.Int(10, 8) & " " & Fmt.Int(10, 16) & " " & Fmt.Int(10, 3) & "\n");
  IO.Put(Fmt.Int(-255, 16) & " " & Fmt.Int(-8, 2) & " " & Fmt.Int(0, 2) & "\n");
  IO.Put(Fmt.Int(LAST(INTEGER), 16) & "\n");
  IO.Put(Fmt.Int(FIRST(INTEGER)) & "\n");
  IO.Put(Fmt.Int(FIRST(INTEGER), 16) & "\n")
END FmtIntBases.
