(* FIRST, LAST and NUMBER apply to fixed array types and variables: they describe the index type. *)
MODULE ArrayTypeBounds EXPORTS Main;
IMPORT IO, Fmt;
TYPE Row = ARRAY [3 .. 7] OF INTEGER; Color = {Red, Green, Blue}; ByColor = ARRAY Color OF CHAR;
VAR r: Row; bc: ByColor;
BEGIN
  IO.Put(Fmt.Int(FIRST(Row)) & " " & Fmt.Int(LAST(Row)) & " " & Fmt.Int(NUMBER(Row)) & "\n");
  IO.Put(Fmt.Int(FIRST(r)) & " " & Fmt.Int(LAST(r)) & " " & Fmt.Int(NUMBER(r)) & "\n");
  IO.Put(Fmt.Int(ORD(LAST(ByColor))) & " " & Fmt.Int(NUMBER(bc)) & "\n")
END ArrayTypeBounds.
