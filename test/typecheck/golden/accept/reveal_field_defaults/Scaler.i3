(* An opaque type whose revelation, in the module, has fields with defaults. *)
INTERFACE Scaler;
TYPE T <: ROOT;
PROCEDURE New (): T;
PROCEDURE Apply (s: T; n: INTEGER): INTEGER;
END Scaler.
