(* BRANDED types are distinct from every structurally equal type; unbranded ones are the same
   type wherever they are written. *)
MODULE Brands EXPORTS Main;

IMPORT IO;

TYPE
  Meters = BRANDED "Meters" REF REAL;
  Feet = BRANDED "Feet" REF REAL;
  A = REF INTEGER;
  B = REF INTEGER;

VAR
  m: Meters := NEW(Meters);
  f: Feet := NEW(Feet);
  a: A := NEW(B);   (* A and B are the same type *)

BEGIN
  m^ := 1.0;
  f^ := m^ * 3.28;
  IF a # NIL THEN IO.Put("brands\n") END;
END Brands.
