(* A REVEAL is resolved before the module's other declarations: the default of a field whose type
   is a procedure type declared below it must still be checked against the whole signature. *)
MODULE Scaler;

REVEAL T = BRANDED OBJECT scale: Scale := Double; offset: Offset := 3 END;

TYPE
  Scale = PROCEDURE (n: INTEGER): INTEGER;
  Offset = [0 .. 9];

PROCEDURE Double (n: INTEGER): INTEGER =
  BEGIN
    RETURN 2 * n
  END Double;

PROCEDURE New (): T =
  BEGIN
    RETURN NEW(T)
  END New;

PROCEDURE Apply (s: T; n: INTEGER): INTEGER =
  BEGIN
    RETURN s.scale(n) + s.offset
  END Apply;

BEGIN
END Scaler.
