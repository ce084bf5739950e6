(* FIRST, LAST and NUMBER of types, BYTESIZE and BITSIZE, as constants. *)
MODULE TypeBuiltins EXPORTS Main;
IMPORT IO, Fmt;
TYPE Small = [-3 .. 12]; Color = {Red, Green}; Rec = RECORD c: CHAR; n: INTEGER END;
BEGIN
  IO.Put(Fmt.Int(FIRST(Small)) & " " & Fmt.Int(LAST(Small)) & " " & Fmt.Int(NUMBER(Small)) & " " & Fmt.Int(NUMBER(Color)) & "\n");
  IO.Put(Fmt.Int(BYTESIZE(INTEGER)) & " " & Fmt.Int(BYTESIZE(Rec)) & " " & Fmt.Int(BITSIZE(CHAR)) & " " & Fmt.Int(ORD(LAST(CHAR))) & "\n")
END TypeBuiltins.
