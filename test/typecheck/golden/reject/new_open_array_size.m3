(* Allocating an open array needs its size. *)
MODULE NewOpenArraySize EXPORTS Main;

TYPE Buffer = REF ARRAY OF CHAR;

VAR b: Buffer;

BEGIN
  b := NEW(Buffer);
END NewOpenArraySize.
