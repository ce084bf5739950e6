MODULE Comment;
(* this comment (* nests *) but never closes
BEGIN
END Comment.
