(* Whole-array assignment between an open array and a fixed array of the same length. *)
MODULE ArrayAssign EXPORTS Main;
IMPORT IO, Fmt;
VAR fixed := ARRAY [0 .. 2] OF INTEGER{1, 2, 3}; open := NEW(REF ARRAY OF INTEGER, 3);
BEGIN
  open^ := fixed;
  fixed[0] := 100;
  IO.Put(Fmt.Int(open[0]) & Fmt.Int(open[1]) & Fmt.Int(open[2]) & " " & Fmt.Int(fixed[0]) & "\n")
END ArrayAssign.
