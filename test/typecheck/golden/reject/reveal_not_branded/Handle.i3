(* An opaque type, to be revealed by its module. *)
INTERFACE Handle;

TYPE T <: REFANY;

END Handle.
