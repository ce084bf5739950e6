(* The public view of a buffer: an opaque object type with one method. *)
INTERFACE Buf;

TYPE
  T <: Public;
  Public = OBJECT METHODS length (): CARDINAL END;

PROCEDURE New (size: CARDINAL): T;

END Buf.
