(* TYPECODE of a type agrees with TYPECODE of any value allocated as that type and differs
   between types: REF types (the same structure is the same type, a brand makes another), object
   types and their subtypes, TEXT, and type expressions. *)
MODULE TypeCodeOfType EXPORTS Main;
IMPORT IO, Fmt;

TYPE
  T = REF INTEGER;
  Same = REF INTEGER;
  Branded = BRANDED REF INTEGER;
  C = REF CHAR;
  A = OBJECT n := 1 END;
  B = A OBJECT m := 2 END;

VAR
  t := NEW(T);
  b := NEW(Branded);
  x: A := NEW(B);
  r: REFANY := NEW(C);
  none: T := NIL;

PROCEDURE Yes (c: BOOLEAN): TEXT =
  BEGIN
    RETURN Fmt.Bool(c)
  END Yes;

BEGIN
  IO.Put("REF: " & Yes(TYPECODE(NEW(T)) = TYPECODE(T)) & " " & Yes(TYPECODE(t) = TYPECODE(Same))
           & " " & Yes(TYPECODE(t) = TYPECODE(REF INTEGER)) & "\n");
  IO.Put("differ: " & Yes(TYPECODE(T) # TYPECODE(Branded)) & " " & Yes(TYPECODE(b) = TYPECODE(Branded))
           & " " & Yes(TYPECODE(T) # TYPECODE(C)) & " " & Yes(TYPECODE(r) = TYPECODE(C)) & "\n");
  IO.Put("objects: " & Yes(TYPECODE(x) = TYPECODE(B)) & " " & Yes(TYPECODE(x) # TYPECODE(A))
           & " " & Yes(TYPECODE(NEW(A)) = TYPECODE(A)) & "\n");
  IO.Put("TEXT: " & Yes(TYPECODE("abc") = TYPECODE(TEXT)) & "\n");
  IO.Put("NIL: " & Fmt.Int(TYPECODE(none)) & " " & Yes(TYPECODE(T) > 0) & "\n")
END TypeCodeOfType.
