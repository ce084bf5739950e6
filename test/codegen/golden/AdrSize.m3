(* ADRSIZE is a type operation like BITSIZE and BYTESIZE (report 2.6.13), allowed in safe code:
   on this byte-addressed target it equals BYTESIZE. *)
MODULE AdrSize EXPORTS Main;
IMPORT IO, Fmt;

TYPE Pair = RECORD a: INTEGER; b: CHAR END;

VAR p: Pair;

BEGIN
  IO.Put(Fmt.Int(ADRSIZE(INTEGER)) & " " & Fmt.Int(ADRSIZE(CHAR)) & " " & Fmt.Int(ADRSIZE(p)) & " "
           & Fmt.Bool(ADRSIZE(Pair) = BYTESIZE(Pair)) & "\n")
END AdrSize.
