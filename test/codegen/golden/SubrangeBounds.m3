(* FIRST, LAST and NUMBER of integer, character and boolean types and subranges. *)
MODULE SubrangeBounds EXPORTS Main;
IMPORT IO, Fmt;
TYPE Temp = [-40 .. 50]; Upper = ['A' .. 'Z']; Index = [1 .. 10];
BEGIN
  IO.Put(Fmt.Int(FIRST(Temp)) & " " & Fmt.Int(LAST(Temp)) & " " & Fmt.Int(NUMBER(Temp)) & "\n");
  IO.Put(Fmt.Char(FIRST(Upper)) & " " & Fmt.Char(LAST(Upper)) & " " & Fmt.Int(NUMBER(Upper)) & "\n");
  IO.Put(Fmt.Int(NUMBER(Index)) & "\n");
  IO.Put(Fmt.Int(ORD(LAST(CHAR))) & " " & Fmt.Bool(LAST(BOOLEAN)) & " " & Fmt.Int(NUMBER(BOOLEAN)) & "\n")
END SubrangeBounds.
