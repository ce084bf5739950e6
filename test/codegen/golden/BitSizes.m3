(* BITSIZE and BYTESIZE of scalar types and of arrays of them. *)
MODULE BitSizes EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Int(BITSIZE(INTEGER)) & " " & Fmt.Int(BYTESIZE(INTEGER)) & "\n");
  IO.Put(Fmt.Int(BITSIZE(CHAR)) & " " & Fmt.Int(BYTESIZE(CHAR)) & "\n");
  IO.Put(Fmt.Int(BITSIZE(REAL)) & " " & Fmt.Int(BYTESIZE(LONGREAL)) & "\n");
  IO.Put(Fmt.Int(BYTESIZE(ARRAY [0 .. 9] OF CHAR)) & " " & Fmt.Int(BYTESIZE(ARRAY [1 .. 3] OF INTEGER)) & "\n")
END BitSizes.
