/**
 * Topics, the harvest of the dialogue meetings, improvement actions and the action plan.
 */
package nl.nvp.goedegesprek.actionplan;
