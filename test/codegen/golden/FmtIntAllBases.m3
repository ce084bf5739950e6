(* Fmt.Int writes one hundred in every base from 2 to 16; digits past 9 are a to f. *)
MODULE FmtIntAllBases EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  FOR b := FIRST(Fmt.Base) TO LAST(Fmt.Base) DO
    IO.Put(Fmt.Pad(Fmt.Int(b), 2) & ": " & Fmt.Int(100, b) & "\n")
  END
END FmtIntAllBases.
