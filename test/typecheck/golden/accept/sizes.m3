(* BYTESIZE and BITSIZE are constants: INTEGER 8 bytes, CHAR and BOOLEAN 1, REAL 4, LONGREAL 8,
   references 4, records naturally aligned, fixed arrays element size × count. *)
MODULE Sizes EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Mixed = RECORD c: CHAR; i: INTEGER; b: BOOLEAN END;   (* 1 + 7 padding + 8 + 1 + 7 padding *)
  Bytes = ARRAY [1 .. 10] OF CHAR;

CONST
  Sizes = ARRAY [1 .. 6] OF INTEGER{
    BYTESIZE(INTEGER), BYTESIZE(CHAR), BYTESIZE(REAL), BYTESIZE(REFANY),
    BYTESIZE(Mixed), BYTESIZE(Bytes)};
  Bits = BITSIZE(LONGREAL);

VAR v: Mixed;

BEGIN
  IO.Put(Fmt.Int(Sizes[1] + Sizes[5] + Bits + BYTESIZE(v)) & "\n");
END Sizes.
