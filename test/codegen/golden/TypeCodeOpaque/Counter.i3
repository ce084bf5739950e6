(* An opaque object type and an opaque REF type, revealed only in Counter.m3. *)
INTERFACE Counter;
TYPE
  T <: ROOT;
  Box <: REFANY;
PROCEDURE New (): T;
PROCEDURE NewBox (): Box;
(* TYPECODE(T) and TYPECODE(Box) as the revealing module computes them. *)
PROCEDURE CodeOfT (): INTEGER;
PROCEDURE CodeOfBox (): INTEGER;
END Counter.
