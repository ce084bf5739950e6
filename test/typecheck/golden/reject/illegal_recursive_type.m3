(* A record cannot contain itself: recursion must go through REF, OBJECT or PROCEDURE. *)
MODULE IllegalRecursiveType EXPORTS Main;

TYPE Node = RECORD value: INTEGER; next: Node END;

BEGIN
END IllegalRecursiveType.
