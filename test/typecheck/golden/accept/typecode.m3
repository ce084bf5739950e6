(* TYPECODE gives the code of a traced reference type, or of a reference's allocated type. *)
MODULE Typecode EXPORTS Main;

IMPORT IO;

TYPE T = REF INTEGER;

VAR r: REFANY := NEW(T);

BEGIN
  IF TYPECODE(r) = TYPECODE(T) THEN IO.Put("same\n") END;
END Typecode.
